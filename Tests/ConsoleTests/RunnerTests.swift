import Foundation
import Provisioning
import Synchronization
import TermUI
import Testing

@testable import Console

@Suite struct RunnerTests {
    static let clock = WallClock { Fixtures.now }

    func run(_ effect: Effect, store: StubStore = StubStore()) async -> [Msg] {
        let runner = EffectRunner(store: store, clock: Self.clock)
        await runner.perform(effect)
        return runner.messages.drain()
    }

    @Test func failuresBecomeStatusMessages() async {
        let messages = await run(.loadUsers(filterText: "ada", offset: 0))
        guard case .failed(let text) = messages.first else {
            Issue.record("expected a failure, got \(messages)")
            return
        }
        #expect(text == "could not load users: database is locked")
        var state = AppState.loaded()
        state.send(messages[0])
        #expect(state.screen().contains("could not load users: database is locked"))
    }

    @Test func userQueriesCarryTheFilterSortAndPage() async {
        let store = StubStore()
        _ = await run(.loadUsers(filterText: "ada", offset: 500), store: store)
        let query = store.contents.withLock { $0.userQueries.first }
        #expect(query?.startIndex == 501)
        #expect(query?.count == UsersState.pageSize)
        #expect(query?.filter == ConsoleQueries.userFilter("ada"))
        #expect(query?.sort?.path.attribute == "userName")
    }

    @Test func generatingATokenReturnsTheSecretOnceAndAuditsTheConsole() async {
        let store = StubStore(idps: [Fixtures.okta])
        let messages = await run(.generateToken(idpID: Fixtures.okta.id), store: store)
        guard case .tokenGenerated(let token) = messages.first else {
            Issue.record("expected a token, got \(messages)")
            return
        }
        #expect(token.secret.hasPrefix("scimdesk_"))
        #expect(token.expires == Fixtures.now + 365 * Fixtures.day)
        let (stored, audit) = store.contents.withLock { ($0.tokens, $0.audit) }
        #expect(stored.count == 1)
        #expect(stored[0].hash == TokenSecret.hash(of: token.secret))
        #expect(audit.last?.actor.hasPrefix("console") == true)
        #expect(audit.last?.action == .tokenGenerated)
    }

    @Test func revokeAndAddReportBack() async {
        let store = StubStore(idps: [Fixtures.okta])
        _ = await run(.generateToken(idpID: Fixtures.okta.id), store: store)
        let revoked = await run(.revokeToken(idpID: Fixtures.okta.id), store: store)
        guard case .tokenRevoked(let name, let count) = revoked.first else {
            Issue.record("expected a revocation, got \(revoked)")
            return
        }
        #expect(name == "Okta" && count == 1)

        let duplicate = await run(.addIdentityProvider(name: "okta", kind: .okta), store: store)
        guard case .identityProviderAddFailed(let message) = duplicate.first else {
            Issue.record("expected the dialog error, got \(duplicate)")
            return
        }
        #expect(message.contains("already exists"))

        let summaries = await run(.loadIdentityProviders, store: store)
        guard case .identityProvidersLoaded(let items) = summaries.first else {
            Issue.record("expected summaries, got \(summaries)")
            return
        }
        #expect(items.map(\.provider.name) == ["Okta"])
        #expect(items.first.map { $0.tokenState(at: Fixtures.now) } == .revoked(on: Fixtures.now))
    }

    @Test func trafficFailuresGoToThePoller() async {
        let messages = await run(.pollTraffic(afterID: 7))
        guard case .trafficPollFailed(let text) = messages.first else {
            Issue.record("expected a poll failure, got \(messages)")
            return
        }
        #expect(text == "database is locked")
    }

    @Test func runDoesNotBlockAndPostsLater() async throws {
        let runner = EffectRunner(store: StubStore(idps: [Fixtures.okta]), clock: Self.clock)
        runner.run(.loadIdentityProviders)
        var messages: [Msg] = []
        for _ in 0..<200 where messages.isEmpty {
            try await Task.sleep(for: .milliseconds(5))
            messages = runner.messages.drain()
        }
        guard case .identityProvidersLoaded(let items) = messages.first else {
            Issue.record("nothing arrived: \(messages)")
            return
        }
        #expect(items.count == 1)
    }
}
