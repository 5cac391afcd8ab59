import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

@testable import Console

/// The runner against the embedded store: every query the console builds must be one the
/// store's attribute whitelist translates, and the results must read the way the views expect.
@Suite struct SQLiteRunnerTests {
    static let clock = WallClock { Fixtures.now }

    func withRunner(_ body: (EffectRunner, SQLiteStore) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("scimdesk.sqlite").path)
        defer { try? store.close() }
        try await body(EffectRunner(store: store, clock: Self.clock), store)
    }

    func perform(_ effect: Effect, _ runner: EffectRunner) async -> Msg? {
        await runner.perform(effect)
        return runner.messages.drain().first
    }

    func addOkta(_ runner: EffectRunner) async throws -> IdentityProvider {
        guard case .identityProviderAdded(let idp) = await perform(.addIdentityProvider(name: "Okta", kind: .okta), runner) else {
            throw DomainError.invalidInput("no IdP")
        }
        return idp
    }

    static func profile(_ userName: String, display: String, email: String) -> UserProfile {
        var document = JSONObject()
        document["userName"] = .string(userName)
        document["displayName"] = .string(display)
        document["emails"] = [["value": .string(email), "primary": true]]
        return UserProfile(userName: userName, displayName: display, email: email, document: document)
    }

    @Test func usersAreFilteredSortedAndPaged() async throws {
        try await withRunner { runner, store in
            let okta = try await addOkta(runner)
            let service = UserService(store: store, clock: Self.clock)
            for (userName, display, email) in [
                ("zed@example.com", "Zed", "zed@example.com"), ("ada@example.com", "Ada Lovelace", "ada@example.com"),
                ("u-123", "Grace Hopper", "grace@navy.example"), ("alan@example.com", "Alan Turing", "alan@example.com"),
            ] {
                _ = try await service.create(Self.profile(userName, display: display, email: email), for: okta)
            }
            guard case .usersLoaded(let all) = await perform(.loadUsers(filterText: "", offset: 0), runner) else {
                Issue.record("no users")
                return
            }
            #expect(all.items.map(\.profile.userName) == ["ada@example.com", "alan@example.com", "u-123", "zed@example.com"])
            #expect(all.total == 4)
            // userName, display name (any case) and email all match.
            for (text, expected) in [("ALAN", ["alan@example.com"]), ("lovelace", ["ada@example.com"]), ("navy", ["u-123"])] {
                guard case .usersLoaded(let page) = await perform(.loadUsers(filterText: text, offset: 0), runner) else {
                    Issue.record("no page for \(text)")
                    continue
                }
                #expect(page.items.map(\.profile.userName) == expected, "filter \(text)")
                #expect(page.filterText == text)
            }
            guard case .usersLoaded(let second) = await perform(.loadUsers(filterText: "", offset: 3), runner) else { return }
            #expect(second.items.map(\.profile.userName) == ["zed@example.com"])
            #expect(second.offset == 3 && second.total == 4)
        }
    }

    @Test func tokenLifecycleAndAudit() async throws {
        try await withRunner { runner, _ in
            let okta = try await addOkta(runner)
            guard case .tokenGenerated(let token) = await perform(.generateToken(idpID: okta.id), runner) else {
                Issue.record("no token")
                return
            }
            guard case .identityProvidersLoaded(let before) = await perform(.loadIdentityProviders, runner) else { return }
            #expect(before.first?.tokenState(at: Fixtures.now) == .active(expires: token.expires))
            guard case .tokenRevoked(_, let count) = await perform(.revokeToken(idpID: okta.id), runner) else { return }
            #expect(count == 1)
            guard case .identityProvidersLoaded(let after) = await perform(.loadIdentityProviders, runner) else { return }
            #expect(after.first?.tokenState(at: Fixtures.now) == .revoked(on: Fixtures.now))
            guard case .auditLoaded(let audit) = await perform(.loadAudit(text: "token"), runner) else { return }
            #expect(audit.events.map(\.action) == [.tokenRevoked, .tokenGenerated])
            #expect(audit.events.allSatisfy { $0.actor.hasPrefix("console") })
            // The secret never reaches the store's audit text.
            #expect(!audit.events.contains { $0.summary.contains(token.secret) })
            // Each load also checks the seals of what was added since the last one.
            #expect(audit.chain?.isIntact == true && audit.chain?.checked == 3)
        }
    }

    @Test func theAuditViewNoticesAnEventAlteredBehindItsBack() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path("console.sqlite"))
        defer { try? store.close() }
        let runner = EffectRunner(store: store, clock: Self.clock)
        let okta = try await addOkta(runner)
        _ = await perform(.generateToken(idpID: okta.id), runner)
        guard case .auditLoaded(let first) = await perform(.loadAudit(text: ""), runner) else { return }
        #expect(first.chain?.isIntact == true && first.chain?.checked == 2)
        try SQLiteShell.execute("UPDATE audit_events SET actor = 'console:nobody' WHERE id = 2", database: store.path)
        // A watch that re-checks everything on each load sees the edit of an event it had already checked.
        let watch = AuditChainWatch(recheckInterval: .zero)
        #expect(try await watch.advance(store)?.firstBreak?.id == 2)
    }

    @Test func userDetailGroupsAndAdmins() async throws {
        try await withRunner { runner, store in
            let okta = try await addOkta(runner)
            let user = try await UserService(store: store, clock: Self.clock)
                .create(Self.profile("ada@example.com", display: "Ada", email: "ada@example.com"), for: okta).value
            _ = try await GroupService(store: store, clock: Self.clock)
                .create(GroupProfile(displayName: "Engineering"), members: [user.id], for: okta)
            guard case .adminAdded = await perform(.addAdmin(username: "ada", email: "ada@example.com"), runner) else { return }

            guard case .userDetailLoaded(let detail) = await perform(.loadUserDetail(id: user.id), runner) else {
                Issue.record("no detail")
                return
            }
            #expect(detail.isProtectedAdmin)
            #expect(detail.groups.map(\.displayName) == ["Engineering"])
            #expect(detail.audit.map(\.action) == [.userCreated])

            guard case .groupsLoaded(let groups) = await perform(.loadGroups(filterText: "engin"), runner) else { return }
            #expect(groups.items.map(\.profile.displayName) == ["Engineering"])
            guard case .groupDetailLoaded(let group) = await perform(.loadGroupDetail(id: groups.items[0].id), runner) else { return }
            #expect(group.members.map(\.display) == ["ada@example.com"])

            guard case .adminRemoved = await perform(.removeAdmin(username: "ada"), runner) else { return }
            guard case .adminsLoaded(let admins) = await perform(.loadAdmins, runner) else { return }
            #expect(admins.isEmpty)
        }
    }

    @Test func trafficLoadAndPoll() async throws {
        try await withRunner { runner, store in
            try await store.appendTraffic(
                Fixtures.trafficRecords.map {
                    var r = $0; r.id = 0; return r
                })
            guard case .trafficLoaded(let recent) = await perform(.loadRecentTraffic(limit: 5), runner) else { return }
            #expect(recent.count == 5)
            #expect(recent.first?.summary == Fixtures.trafficRecords.last?.summary)  // newest first
            let lastID = try #require(recent.first?.id)
            try await store.appendTraffic([Fixtures.traffic(0, age: 0, "GET", "/scim/v2/Users", 200, "listed")])
            guard case .trafficArrived(let new) = await perform(.pollTraffic(afterID: lastID), runner) else { return }
            #expect(new.map(\.summary) == ["listed"])
        }
    }
}
