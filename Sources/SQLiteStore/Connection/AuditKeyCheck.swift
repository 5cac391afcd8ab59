import Foundation
import GRDB
import Provisioning

/// A missing key file for a database whose audit log is already sealed is a lost or misplaced key,
/// not a new database: silently sealing on with a fresh key would leave a log nobody can verify.
enum AuditKeyCheck {
    static func refuseNewKeyForSealedLog(_ pool: DatabasePool, keyPath: String) throws {
        let sealed = try pool.read { db -> Int in
            guard try db.tableExists("audit_events"), try db.columns(in: "audit_events").contains(where: { $0.name == "seal" }) else {
                return 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_events WHERE seal IS NOT NULL") ?? 0
        }
        guard sealed > 0 else { return }
        try? pool.close()
        try? FileManager.default.removeItem(atPath: keyPath)
        throw StoreError.unavailable(
            "the audit key \(keyPath) is missing, but this database's audit log has \(sealed) sealed events. "
                + "Put the key file back (scimdesk backup copies it beside every backup) or name it with --audit-key. "
                + "If it is lost for good, create a new one (openssl rand -hex 32 > \(keyPath)); audit verify will then report the old events as not matching the key."
        )
    }
}
