/// The `v10_user_counts` migration: each IdP's number of users, kept by triggers, so the
/// `totalResults` of an unfiltered `GET /Users` page (Okta's import and Entra's sync walk the whole
/// directory this way) is one row instead of a COUNT over the IdP's index entries, which at 100,000
/// users was a third of a page's cost. FROZEN once shipped: see `Migrations`.
enum V10UserCounts {
    static let statements = [
        "CREATE TABLE user_counts (idp_id TEXT PRIMARY KEY NOT NULL, users INTEGER NOT NULL) WITHOUT ROWID",
        "INSERT INTO user_counts (idp_id, users) SELECT idp_id, COUNT(*) FROM users GROUP BY idp_id",
        """
        CREATE TRIGGER user_counts_inserted AFTER INSERT ON users BEGIN
            INSERT INTO user_counts (idp_id, users) VALUES (NEW.idp_id, 1)
                ON CONFLICT (idp_id) DO UPDATE SET users = users + 1;
        END
        """,
        """
        CREATE TRIGGER user_counts_deleted AFTER DELETE ON users BEGIN
            UPDATE user_counts SET users = users - 1 WHERE idp_id = OLD.idp_id;
        END
        """,
        """
        CREATE TRIGGER user_counts_moved AFTER UPDATE OF idp_id ON users WHEN NEW.idp_id IS NOT OLD.idp_id BEGIN
            UPDATE user_counts SET users = users - 1 WHERE idp_id = OLD.idp_id;
            INSERT INTO user_counts (idp_id, users) VALUES (NEW.idp_id, 1)
                ON CONFLICT (idp_id) DO UPDATE SET users = users + 1;
        END
        """,
    ]
}
