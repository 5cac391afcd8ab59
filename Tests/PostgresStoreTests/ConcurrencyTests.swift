import Foundation
import Provisioning
import TestSupport
import Testing

@testable import PostgresStore

/// The races a port from SQLite's single writer gets wrong under READ COMMITTED with several connections
/// (each stands in for several processes: every connection is its own PostgreSQL session).
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"))
struct ConcurrencyTests {
    @Test("member_count equals the membership rows when member adds race user deletes")
    func memberCountUnderRace() async throws {
        try await withPostgresStore(poolSize: 8) { store, database, cluster in
            let idp = try await insertIdP(store)
            let users = (0..<40).map { StoreFixtures.user("u\($0)@x", idp: idp) }
            for user in users { try await store.insertUser(user, audit: StoreFixtures.audit(.userCreated)) }
            let group = StoreFixtures.group("Racers", idp: idp)
            _ = try await store.insertGroup(group, members: Array(users.prefix(20).map(\.id))) { _ in [] }
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                for (index, user) in users.enumerated() {
                    tasks.addTask {
                        _ = try await store.updateGroup(group, expectedVersion: nil, changes: [.add([user.id])]) { _ in [] }
                    }
                    if index.isMultiple(of: 2) {
                        tasks.addTask { try await store.deleteUser(id: user.id, idpID: idp.id, audit: StoreFixtures.audit(.userDeleted)) }
                    }
                }
                try await tasks.waitForAll()
            }
            let counted = try await cluster.sql(
                "SELECT g.member_count || ' ' || (SELECT count(*) FROM memberships m WHERE m.group_id = g.id) FROM groups g",
                database: database)
            #expect(counted == "20 20")
            let stored = try #require(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false))
            #expect(stored.memberCount == 20)
            #expect(try await store.members(ofGroup: group.id).count == 20)
        }
    }

    @Test("token generate racing itself leaves exactly one active token")
    func tokenGenerateRace() async throws {
        try await withPostgresStore(poolSize: 10) { store, _, _ in
            let idp = try await insertIdP(store)
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                for _ in 0..<10 {
                    tasks.addTask { _ = try await TokenService(store: store).generate(for: idp, by: .cli) }
                }
                try await tasks.waitForAll()
            }
            let now = Date()
            let tokens = try await store.tokens(idpID: idp.id)
            #expect(tokens.count == 10)
            #expect(tokens.filter { $0.revoked.map { $0 > now } ?? true }.count == 1)
        }
    }

    @Test("20 concurrent creates of one userName: one succeeds, the others are duplicates")
    func uniqueUnderRace() async throws {
        try await withPostgresStore(poolSize: 10) { store, _, _ in
            let idp = try await insertIdP(store)
            let counts = try await withThrowingTaskGroup(of: String.self) { tasks in
                for index in 0..<20 {
                    tasks.addTask {
                        let user = StoreFixtures.user(index.isMultiple(of: 2) ? "İlkay@x" : "i̇lkay@X", idp: idp)
                        do {
                            try await store.insertUser(user, audit: StoreFixtures.audit(.userCreated))
                            return "created"
                        } catch let error as StoreError {
                            return "\(error)"
                        }
                    }
                }
                return try await tasks.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect(counts == ["created": 1, "duplicate value for user.userName": 19])
        }
    }

    @Test("a batch that commits late never hides behind a later id: a tail sees it")
    func trafficCommitOrder() async throws {
        try await withPostgresStore(poolSize: 4) { store, _, _ in
            let slowHoldsLock = AsyncStream.makeStream(of: Void.self)
            let slow = Task {
                try await store.appendTraffic([StoreFixtures.traffic(1)]) {
                    slowHoldsLock.continuation.yield()
                    try await Task.sleep(for: .milliseconds(500))
                }
            }
            for await _ in slowHoldsLock.stream { break }
            try await store.appendTraffic([StoreFixtures.traffic(2)])
            // A tailer that starts right after the fast batch is acknowledged must see both, in commit order.
            let seen = try await store.traffic(afterID: 0, limit: 10)
            #expect(seen.map(\.requestID) == ["req-1", "req-2"])
            #expect(seen.count == 2 && seen[0].id < seen[1].id)
            try await slow.value
        }
    }

    @Test("documents come back with the IdP's key order (json, not jsonb)")
    func documentKeyOrder() async throws {
        try await withPostgresStore { store, _, _ in
            let idp = try await insertIdP(store)
            let user = StoreFixtures.user(
                "order@x", idp: idp, core: [("zeta", .string("z")), ("alpha", .string("a")), ("mid", .number(1))])
            try await store.insertUser(user, audit: StoreFixtures.audit(.userCreated))
            let stored = try #require(try await store.user(id: user.id, idpID: idp.id))
            #expect(Array(stored.profile.document.keys) == Array(user.profile.document.keys))
            #expect(JSONValue.object(stored.profile.document).serialized() == JSONValue.object(user.profile.document).serialized())
        }
    }

    private func insertIdP(_ store: PostgresStore) async throws -> IdentityProvider {
        let idp = StoreFixtures.idp("Okta")
        try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        return idp
    }
}

/// Runs `body` with a store on a new database, then closes the store and drops the database.
func withPostgresStore(
    poolSize: Int = 4, _ body: (PostgresStore, String, PostgresCluster) async throws -> Void
) async throws {
    let (store, database, cluster) = try await PostgresSubject.makeStore(poolSize: poolSize)
    do {
        try await body(store, database, cluster)
    } catch {
        await store.close()
        try? await cluster.dropDatabase(database)
        throw error
    }
    await store.close()
    try await cluster.dropDatabase(database)
}
