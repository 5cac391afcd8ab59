import Foundation
import PostgresNIO
import Provisioning

/// What the audit key file must agree with before this process seals anything.
///
/// The key lives in a file on each host, never in the database, so with several processes the
/// risk is a host with the wrong file (or a fresh one): its seals would break the chain silently.
enum AuditKeyCheck {
    /// The two newest events: enough to recompute the newest seal.
    static func newestEvents(on connection: PostgresConnection) async throws -> [AuditChainEntry] {
        try await connection.all(
            SQLFragment(
                """
                SELECT id, time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after", seal \
                FROM audit_events ORDER BY id DESC LIMIT 2
                """), decode: PostgresStore.chainEntry)
    }

    /// Throws when the key was just created for a log that is already sealed (a lost or misplaced
    /// key, not a new database; the new file is removed again). Returns a description when the
    /// newest event does not verify under the key.
    static func check(_ newest: [AuditChainEntry], sealer: AuditSealer, keyPath: String, keyIsNew: Bool) throws -> String? {
        guard let last = newest.first, let seal = last.seal else { return nil }
        if keyIsNew {
            try? FileManager.default.removeItem(atPath: keyPath)
            throw StoreError.unavailable(
                "the audit key \(keyPath) is missing, but this database's audit log is sealed. Every process on a "
                    + "PostgreSQL database needs the same key file: copy it from a host that runs ScimDesk on it, or name it with --audit-key."
            )
        }
        let previous = newest.count > 1 ? newest[1].seal : nil
        guard sealer.seal(last.input, after: previous) != seal else { return nil }
        return "the audit key \(keyPath) does not verify the newest audit event (#\(last.input.id)): another process seals "
            + "with a different key file, or the end of the log was altered (scimdesk audit verify tells which). "
            + "Give every process on this database the same key file."
    }
}
