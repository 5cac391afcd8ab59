import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// Reading a group never loads its members: `excludedAttributes=members` on a 10,000-member group
/// costs one row. Timed loosely (debug build, shared CI machine); the plan tests pin the mechanism.
@Suite struct HotPathTimingTests {
    @Test func bigGroupReadsInWellUnderTwoMilliseconds() async throws {
        let subject = try SQLiteSubject(durability: .normal)
        defer { subject.directory.remove() }
        let store = subject.store
        let idp = StoreFixtures.idp("Okta")
        try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        let users = (0..<10_000).map { StoreFixtures.user("user\($0)@example.com", idp: idp) }
        // Concurrent inserts: the group commit packs them into few transactions.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for chunk in stride(from: 0, to: users.count, by: 500) {
                group.addTask {
                    for user in users[chunk..<min(chunk + 500, users.count)] {
                        try await store.insertUser(user, audit: StoreFixtures.audit(.userCreated))
                    }
                }
            }
            try await group.waitForAll()
        }
        let group = StoreFixtures.group("Everyone", idp: idp)
        let started = ContinuousClock.now
        let delta = try await store.insertGroup(group, members: users.map(\.id)) { _ in [] }
        print("10,000-member insert: \(ContinuousClock.now - started)")
        #expect(delta.added == 10_000)

        let groupTime = try await median(runs: 200) { _ = try await store.group(id: group.id, idpID: idp.id, includeDeleted: false) }
        let userTime = try await median(runs: 200) { _ = try await store.user(id: users[5_000].id, idpID: idp.id) }
        let lookupTime = try await median(runs: 200) {
            _ = try await store.users(
                idpID: idp.id, query: ListQuery(filter: .comparison(AttributePaths.userName, .eq, .string("USER9999@example.com"))))
        }
        print("median: group by id \(groupTime), user by id \(userTime), userName eq \(lookupTime)")
        #expect(try await store.group(id: group.id, idpID: idp.id, includeDeleted: false)?.memberCount == 10_000)
        #expect(groupTime < .milliseconds(2))
        #expect(userTime < .milliseconds(2))
        #expect(lookupTime < .milliseconds(2))
        try store.close()
    }

    private func median(runs: Int, _ body: () async throws -> Void) async throws -> Duration {
        var times: [Duration] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try await body()
            times.append(ContinuousClock.now - start)
        }
        return times.sorted()[runs / 2]
    }
}
