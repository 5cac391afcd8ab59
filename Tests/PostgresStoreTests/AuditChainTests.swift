import Foundation
import PostgresStore
import Provisioning
import TestSupport
import Testing

/// The sealed audit chain with several writers: two stores on one database (as two processes), each
/// with several connections, append at once; the chain must verify from its first event.
///
/// Appends are serialized (see `appendSealed`), so the load is kept moderate: on a machine running
/// several builds at once a long queue on the audit lock can exceed `lock_timeout`, which is a 503
/// in service, not a broken chain.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"))
struct AuditChainTests {
    @Test("concurrent writes through two stores on one database leave an intact chain")
    func concurrentAppendsStayChained() async throws {
        try await withPostgresStore(poolSize: 4) { first, database, cluster in
            var settings = try cluster.settings(database: database)
            settings.poolSize = 4
            let second = try await PostgresStore.open(settings, auditKeyPath: cluster.auditKeyPath(database: database))
            let idp = StoreFixtures.idp("Okta")
            try await first.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded, idp: idp))
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                for index in 0..<40 {
                    let store = index.isMultiple(of: 2) ? first : second
                    tasks.addTask {
                        let user = StoreFixtures.user("u\(index)@x", idp: idp)
                        try await store.insertUser(user, audit: StoreFixtures.audit(.userCreated, idp: idp, resourceID: user.id))
                        try await store.appendAudit(StoreFixtures.audit(.userUpdated, idp: idp, resourceID: user.id))
                    }
                }
                try await tasks.waitForAll()
            }
            await second.close()
            let report = try await first.verifyAuditChain(pageSize: 50)
            #expect(report.checked == 81)
            #expect(report.isIntact, "\(String(describing: report.firstBreak))")
        }
    }

    @Test("a missing key for a sealed log is refused; a different key is reported, not used silently")
    func keyFileChecks() async throws {
        try await withPostgresStore { store, database, cluster in
            try await store.appendAudit(StoreFixtures.audit(.adminAdded))
            let settings = try cluster.settings(database: database)
            let directory = try TemporaryDirectory()
            defer { directory.remove() }

            let missing = directory.path("missing.audit-key")
            let error = await #expect(throws: StoreError.self) { _ = try await PostgresStore.open(settings, auditKeyPath: missing) }
            #expect(error?.description.contains("is missing, but this database's audit log is sealed") == true)
            #expect(!FileManager.default.fileExists(atPath: missing), "the key created for the check is removed again")

            let other = directory.path("other.audit-key")
            _ = try AuditKey.loadOrCreate(at: other)
            let wrong = try await PostgresStore.open(settings, auditKeyPath: other)
            #expect(wrong.auditKeyMismatch?.contains("does not verify the newest audit event") == true)
            await wrong.close()
            let right = try await PostgresStore.open(settings, auditKeyPath: cluster.auditKeyPath(database: database))
            #expect(right.auditKeyMismatch == nil)
            await right.close()
        }
    }
}
