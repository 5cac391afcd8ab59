import GRDB
import Provisioning

/// The `v6_search_index` migration: a trigram index (SQLite FTS5) over the folded userName, displayName
/// and emails of every user, so `co`, `sw` and `ew` look up candidates instead of scanning the table.
/// The folded copies are columns computed in Swift (`SearchKeys`); triggers keep the index in step
/// with them in the writing transaction, in plain SQL, so any connection can write users.
/// FROZEN once shipped: see `Migrations`.
enum V6SearchIndex {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE users ADD COLUMN display_name_key TEXT")
        try db.execute(sql: "ALTER TABLE users ADD COLUMN emails_key TEXT")
        let update = try db.makeStatement(sql: "UPDATE users SET display_name_key = ?, emails_key = ? WHERE seq = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, display_name, document FROM users")
        while let row = try rows.next() {
            let displayName = Columns.key(optional: row[1] as String?)
            let emails = (try? DocumentCoding.decode(row, at: 2).get()).flatMap(SearchKeys.emails)
            try update.execute(arguments: [displayName, emails, row[0] as Int64])
        }
        for statement in statements { try db.execute(sql: statement) }
    }

    static let statements = [
        // Its own copy of the text (not external content): deletes then need no old values, and the
        // case-sensitive tokenizer sees exactly the folded keys.
        "CREATE VIRTUAL TABLE users_search USING fts5(user_name, display_name, emails, tokenize = 'trigram case_sensitive 1')",
        "INSERT INTO users_search (rowid, user_name, display_name, emails) SELECT seq, user_name_key, display_name_key, emails_key FROM users",
        """
        CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN
            INSERT INTO users_search (rowid, user_name, display_name, emails)
            VALUES (NEW.seq, NEW.user_name_key, NEW.display_name_key, NEW.emails_key);
        END
        """,
        // Most updates (a deactivation, a department change) touch none of the searched keys.
        """
        CREATE TRIGGER users_search_update AFTER UPDATE OF user_name_key, display_name_key, emails_key ON users
        WHEN OLD.user_name_key IS NOT NEW.user_name_key OR OLD.display_name_key IS NOT NEW.display_name_key
            OR OLD.emails_key IS NOT NEW.emails_key
        BEGIN
            UPDATE users_search SET user_name = NEW.user_name_key, display_name = NEW.display_name_key, emails = NEW.emails_key
            WHERE rowid = NEW.seq;
        END
        """,
        """
        CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
            DELETE FROM users_search WHERE rowid = OLD.seq;
        END
        """,
    ]
}
