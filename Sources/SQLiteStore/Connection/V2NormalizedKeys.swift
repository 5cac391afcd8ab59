import GRDB

/// v1 keys were `lowercased()` only; v2 keys are also NFC (`Columns.key`), so precomposed and
/// decomposed spellings of one name collide as they should.
///
/// `UPDATE OR IGNORE`: where a database already holds two rows that now share a key (created before
/// the rule existed), the later one keeps its old key rather than failing the upgrade; both stay
/// reachable by id, and the next write to either reports the conflict.
enum V2NormalizedKeys {
    static func migrate(_ db: Database) throws {
        let key = DatabaseFunction("scimdesk_key", argumentCount: 1, pure: true) { values in
            String.fromDatabaseValue(values[0]).map(Columns.key)
        }
        db.add(function: key)
        defer { db.remove(function: key) }
        try db.execute(
            sql: """
                UPDATE OR IGNORE identity_providers SET name_key = scimdesk_key(name);
                UPDATE OR IGNORE users SET user_name_key = scimdesk_key(user_name), email_key = scimdesk_key(email);
                UPDATE OR IGNORE groups SET display_name_key = scimdesk_key(display_name);
                UPDATE OR IGNORE console_admins SET username_key = scimdesk_key(username), email_key = scimdesk_key(email);
                """)
    }
}
