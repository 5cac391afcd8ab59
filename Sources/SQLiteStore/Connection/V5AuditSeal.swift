import GRDB

/// The `v5_audit_seal` migration: every audit event carries a seal chained to the one before it
/// (`AuditSealer`). A trigger seals each insert in the inserting transaction, whatever code path
/// wrote it; events written before this migration are sealed once, here, in id order.
/// FROZEN once shipped: see `Migrations`.
enum V5AuditSeal {
    /// Seals the row `NEW` (the trigger) or the row with id `?1` (the migration) after its predecessor.
    private static func sealStatement(rowID: String) -> String {
        """
        UPDATE audit_events SET seal = \(DatabaseSetup.auditSealFunctionName)(
            (SELECT seal FROM audit_events WHERE id < \(rowID) ORDER BY id DESC LIMIT 1),
            id, time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after")
        WHERE id = \(rowID)
        """
    }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE audit_events ADD COLUMN seal BLOB")
        // Prepared only when there is something to seal: an empty database can then be migrated by a
        // connection without the seal function (the trigger's body is resolved when it first runs).
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM audit_events ORDER BY id")
        if !ids.isEmpty {
            let seal = try db.makeStatement(sql: sealStatement(rowID: "?1"))
            for id in ids { try seal.execute(arguments: [id]) }
        }
        try db.execute(
            sql: """
                CREATE TRIGGER audit_events_seal AFTER INSERT ON audit_events BEGIN
                \(sealStatement(rowID: "NEW.id"));
                END
                """)
    }
}
