import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// The mass-deprovisioning breaker against a real store: thresholds by count and by share, holding,
/// release, and state that survives a restart.
@Suite struct DeprovisioningBreakerTests {
    let clock = TestClock()

    func makeUsers(_ count: Int, in store: any Store, for idp: IdentityProvider) async throws -> [User] {
        let users = UserService(store: store, clock: clock.wall)
        var created: [User] = []
        for index in 0..<count {
            let profile = UserProfile(userName: "u\(index)@example.com", active: true, document: JSONObject())
            created.append(try await users.create(profile, for: idp).value)
        }
        return created
    }

    func deactivate(_ user: User, _ store: any Store, _ idp: IdentityProvider) async throws {
        _ = try await UserService(store: store, clock: clock.wall).modify(id: user.id, for: idp) { current in
            var profile = current.profile
            profile.active = false
            return profile
        }
    }

    func isHeld(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch DomainError.held(let detail, let retryAfter) {
            #expect(retryAfter > 0)
            return detail
        } catch {
            Issue.record("expected held, got \(error)")
            return nil
        }
    }

    @Test func tripsOnTheCountAndHoldsWithoutApplying() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let breaker = DeprovisioningBreaker(store: store, clock: clock.wall)
            try await breaker.setPolicy(try BreakerPolicy(parsing: "users=3,window=10m"), for: idp, by: .cli)
            let users = try await makeUsers(6, in: store, for: idp)
            for user in users.prefix(3) { try await deactivate(user, store, idp) }
            let detail = await isHeld { try await deactivate(users[3], store, idp) }
            #expect(detail?.contains("4 user deactivations and deletions in 1 minute exceeded the limit of 3") == true, "\(detail ?? "")")
            #expect(try await store.user(id: users[3].id, idpID: idp.id)?.profile.active == true, "held means not applied")
            // Deletions are held too, creates and reactivations are not.
            #expect(await isHeld { _ = try await UserService(store: store, clock: clock.wall).delete(id: users[4].id, for: idp) } != nil)
            #expect(try await store.user(id: users[4].id, idpID: idp.id) != nil)
            let newcomer = UserProfile(userName: "new@example.com", active: true, document: JSONObject())
            _ = try await UserService(store: store, clock: clock.wall).create(newcomer, for: idp)
            #expect(try await store.heldOperations(idpID: idp.id).map(\.resourceID) == [users[3].id, users[4].id])
        }
    }

    @Test func tripsOnTheShareOfALargerDirectory() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Entra", kind: .entra, by: .cli)
            let breaker = DeprovisioningBreaker(store: store, clock: clock.wall)
            try await breaker.setPolicy(try BreakerPolicy(parsing: "users=50,share=2%"), for: idp, by: .cli)
            let users = try await makeUsers(150, in: store, for: idp)
            // 2 % of 150 is 3, well under the count of 50.
            for user in users.prefix(3) { try await deactivate(user, store, idp) }
            let detail = await isHeld { try await deactivate(users[3], store, idp) }
            #expect(detail?.contains("exceeded the limit of 3 (2% of 150 users)") == true, "\(detail ?? "")")
        }
    }

    @Test func groupDeletionsAreCountedApart() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            try await DeprovisioningBreaker(store: store, clock: clock.wall).setPolicy(
                try BreakerPolicy(parsing: "users=1,groups=2"), for: idp, by: .cli)
            let groups = GroupService(store: store, clock: clock.wall)
            var ids: [String] = []
            for index in 0..<3 {
                ids.append(
                    try await groups.create(GroupProfile(displayName: "G\(index)", document: JSONObject()), members: [], for: idp).value.id)
            }
            _ = try await groups.delete(id: ids[0], for: idp)
            _ = try await groups.delete(id: ids[1], for: idp)
            #expect(await isHeld { _ = try await groups.delete(id: ids[2], for: idp) }?.contains("3 group deletions") == true)
        }
    }

    @Test func releaseLetsTheRetriesThroughAndRestartSeesTheState() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("scimdesk.sqlite")
        var store = try SQLiteStore(path: path)
        let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
        try await DeprovisioningBreaker(store: store, clock: clock.wall).setPolicy(
            try BreakerPolicy(parsing: "users=2"), for: idp, by: .cli)
        let users = try await makeUsers(8, in: store, for: idp)
        for user in users.prefix(2) { try await deactivate(user, store, idp) }
        for user in users[2..<6] { #expect(await isHeld { try await deactivate(user, store, idp) } != nil) }

        try store.close()
        store = try SQLiteStore(path: path)
        let breaker = DeprovisioningBreaker(store: store, clock: clock.wall)
        #expect(try await store.breakerStatus(idpID: idp.id).isHolding, "a restart keeps holding")
        try await breaker.keepHolding(idp, by: .console)
        #expect(await isHeld { try await deactivate(users[2], store, idp) } != nil)
        #expect(try await breaker.release(idp, by: .console) == 4)
        // The IdP retries what was held: all of it goes through, though it is more than the limit.
        for user in users[2..<6] { try await deactivate(user, store, idp) }
        #expect(try await store.heldOperations(idpID: idp.id).isEmpty)
        #expect(try await store.breakerStatus(idpID: idp.id).isHolding == false)
        let audit = try await store.auditEvents(AuditQuery(idpID: idp.id)).map(\.action)
        #expect(audit.contains(.breakerTripped) && audit.contains(.breakerKept) && audit.contains(.breakerReleased))
        try store.close()
    }

    @Test func offLetsEverythingThroughAndTheWindowSlides() async throws {
        try await withTestStore { store in
            let idp = try await IdentityProviderService(store: store, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
            let breaker = DeprovisioningBreaker(store: store, clock: clock.wall)
            try await breaker.setPolicy(try BreakerPolicy(parsing: "users=2,window=10m"), for: idp, by: .cli)
            let users = try await makeUsers(5, in: store, for: idp)
            for user in users.prefix(2) { try await deactivate(user, store, idp) }
            clock.advance(by: 601)
            try await deactivate(users[2], store, idp)  // the first two left the window
            try await breaker.setPolicy(try BreakerPolicy(parsing: "off"), for: idp, by: .cli)
            for user in users.suffix(2) { try await deactivate(user, store, idp) }
            #expect(try await store.heldOperations(idpID: idp.id).isEmpty)
        }
    }

    @Test func policiesParseAndDescribeThemselves() throws {
        let policy = try BreakerPolicy(parsing: "users=40, share=5%, groups=3 window=30m")
        #expect(policy.description == "more than 40 users (or 5% of them) or 3 groups within 30m")
        #expect(try BreakerPolicy(parsing: policy.settings) == policy)
        #expect(try BreakerPolicy(parsing: "off").enabled == false)
        #expect(BreakerPolicy.standard.userLimit(population: 50) == 25)
        #expect(BreakerPolicy.standard.userLimit(population: 120) == 12)
        for bad in ["users=0", "share=200%", "speed=3", "window=10s", "users"] {
            #expect(throws: DomainError.self) { try BreakerPolicy(parsing: bad) }
        }
    }

    @Test func twoProcessesOnOneDatabaseShareTheBreaker() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = try SQLiteStore(path: directory.path("scimdesk.sqlite"))
        let second = try SQLiteStore(path: directory.path("scimdesk.sqlite"))
        let idp = try await IdentityProviderService(store: first, clock: clock.wall).add(name: "Okta", kind: .okta, by: .cli)
        try await DeprovisioningBreaker(store: first, clock: clock.wall).setPolicy(
            try BreakerPolicy(parsing: "users=2"), for: idp, by: .cli)
        let users = try await makeUsers(4, in: first, for: idp)
        // Deactivations through both count in one window; the third trips it for both.
        try await deactivate(users[0], first, idp)
        try await deactivate(users[1], second, idp)
        #expect(await isHeld { try await deactivate(users[2], first, idp) } != nil)
        #expect(await isHeld { try await deactivate(users[3], second, idp) } != nil)
        #expect(try await second.heldOperations(idpID: idp.id).count == 2)
        try first.close()
        try second.close()
    }
}
