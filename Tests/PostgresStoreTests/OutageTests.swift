import Foundation
import PostgresStore
import Provisioning
import TestSupport
import Testing

/// A database outage: requests fail fast with `StoreError.unavailable` (503 upstream) instead of
/// hanging in the pool, and the same store serves again once the server is back, without a restart.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"), .timeLimit(.minutes(2)))
struct OutageTests {
    @Test("stopping the server gives unavailable; starting it again brings service back")
    func outageAndRecovery() async throws {
        guard PostgresCluster.isInstalled else { throw PostgresCluster.ClusterError(description: "PostgreSQL 15 is not installed") }
        // A cluster of its own: stopping the shared one would fail other tests.
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let database = try await cluster.createDatabase()
        var settings = try cluster.settings(database: database)
        let key = cluster.auditKeyPath(database: database)
        let setup = try await PostgresStore.open(settings, auditKeyPath: key)
        let idp = StoreFixtures.idp("Okta")
        try await setup.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        await setup.close()
        // A short deadline for the outage; opening under it may take a few tries on a busy machine.
        settings.leaseTimeout = .seconds(2)
        var opened: PostgresStore?
        for _ in 0..<10 where opened == nil { opened = try? await PostgresStore.open(settings, auditKeyPath: key) }
        let store = try #require(opened)

        try cluster.pause()
        for _ in 0..<3 {
            let error = await #expect(throws: StoreError.self) { _ = try await store.identityProvider(id: idp.id) }
            guard case .unavailable = error else {
                Issue.record("expected StoreError.unavailable, got \(String(describing: error))")
                break
            }
        }

        try cluster.resume()
        var recovered: IdentityProvider?
        for _ in 0..<50 where recovered == nil {
            recovered = try? await store.identityProvider(id: idp.id)
            if recovered == nil { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(recovered == idp)
        await store.close()
    }
}
