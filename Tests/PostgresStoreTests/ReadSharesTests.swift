import Foundation
import Provisioning
import TestSupport
import Testing

@testable import PostgresStore

/// One IdP's list reads take at most two connections at once, so its costly filters leave the pool
/// to the others. Seen from the server: reads blocked behind a table lock, counted in pg_stat_activity.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"), .timeLimit(.minutes(3)))
struct ReadSharesTests {
    @Test("six list reads of one IdP wait two at a time; another IdP's read is not held behind them")
    func twoListReadsPerIdP() async throws {
        try await withPostgresStore(poolSize: 10) { store, database, cluster in
            let okta = StoreFixtures.idp("Okta")
            let entra = StoreFixtures.idp("Entra", kind: .entra)
            for idp in [okta, entra] {
                try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
                try await store.insertUser(StoreFixtures.user("u@\(idp.name).example", idp: idp), audit: StoreFixtures.audit(.userCreated))
            }
            store.queryBudget = .seconds(60)
            let release = AsyncStream<Void>.makeStream()
            let locked = AsyncStream<Void>.makeStream()
            // A transaction holding ACCESS EXCLUSIVE on users: every read of the table waits for it.
            let lock = Task {
                try await store.withLease { connection in
                    try await connection.run("BEGIN")
                    try await connection.run("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
                    locked.continuation.yield()
                    for await _ in release.stream { break }
                    try await connection.run("ROLLBACK")
                }
            }
            for await _ in locked.stream { break }
            let title = Filter.present(AttributePath(attribute: "title"))
            let oktaReads = (0..<6).map { _ in Task { try await store.users(idpID: okta.id, query: ListQuery(filter: title)) } }
            #expect(try await Self.waiting(atLeast: 2, database, cluster) == 2)
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await Self.waiting(atLeast: 2, database, cluster) == 2, "more than two of one IdP's reads ran at once")
            let entraRead = Task { try await store.users(idpID: entra.id, query: ListQuery(filter: title)) }
            #expect(try await Self.waiting(atLeast: 3, database, cluster) == 3, "the other IdP's read was held back")
            release.continuation.yield()
            try await lock.value
            for read in oktaReads { #expect(try await read.value.totalResults == 0) }
            #expect(try await entraRead.value.totalResults == 0)
        }
    }

    /// Sessions of `database` waiting for a lock, once there are at least `count` (or after 20 s).
    static func waiting(atLeast count: Int, _ database: String, _ cluster: PostgresCluster) async throws -> Int {
        var seen = 0
        for _ in 0..<200 {
            seen =
                Int(
                    try await cluster.sql(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)' AND wait_event_type = 'Lock'",
                        database: database
                    ).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            if seen >= count { return seen }
            try await Task.sleep(for: .milliseconds(100))
        }
        return seen
    }
}
