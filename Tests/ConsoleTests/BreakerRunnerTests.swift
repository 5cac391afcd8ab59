import Foundation
import Provisioning
import SQLiteStore
import Testing

@testable import Console

/// The console's breaker decisions against a real store: what the Held page lists is what the
/// breaker holds, release lets the IdP's retry through, and each decision is audited with who took it.
@Suite struct BreakerRunnerTests {
    let runnerTests = SQLiteRunnerTests()

    func deactivate(_ user: User, _ store: SQLiteStore, _ idp: IdentityProvider) async throws {
        _ = try await UserService(store: store, clock: SQLiteRunnerTests.clock).modify(id: user.id, for: idp) { current in
            var profile = current.profile
            profile.active = false
            return profile
        }
    }

    func summary(_ runner: EffectRunner) async throws -> IdPSummary {
        guard case .identityProvidersLoaded(let items) = await runnerTests.perform(.loadIdentityProviders, runner), let okta = items.first
        else { throw DomainError.invalidInput("no IdPs") }
        return okta
    }

    @Test func heldRequestsAreListedReleasedAndAudited() async throws {
        try await runnerTests.withRunner { runner, store in
            let okta = try await runnerTests.addOkta(runner)
            let policy = try BreakerPolicy(parsing: "users=2")
            guard
                case .breakerPolicySet(_, let saved) = await runnerTests.perform(.setBreakerPolicy(idpID: okta.id, policy: policy), runner)
            else { throw DomainError.invalidInput("policy not set") }
            #expect(saved.maximumUsers == 2)
            let service = UserService(store: store, clock: SQLiteRunnerTests.clock)
            var users: [User] = []
            for name in ["ada", "alan", "grace"] {
                users.append(
                    try await service.create(SQLiteRunnerTests.profile(name, display: name, email: "\(name)@example.com"), for: okta).value)
            }
            try await deactivate(users[0], store, okta)
            try await deactivate(users[1], store, okta)
            await #expect(throws: DomainError.self) { try await deactivate(users[2], store, okta) }

            let tripped = try await summary(runner)
            #expect(tripped.isHolding)
            #expect(tripped.held.map(\.name) == ["grace"])
            #expect(tripped.held.first?.kind == .deactivateUser)

            guard case .breakerReleased(_, let count) = await runnerTests.perform(.releaseBreaker(idpID: okta.id), runner) else {
                throw DomainError.invalidInput("not released")
            }
            #expect(count == 1)
            #expect(try await summary(runner).isHolding == false)
            // The IdP's retry now goes through.
            try await deactivate(users[2], store, okta)
            #expect(try await store.user(id: users[2].id, idpID: okta.id)?.profile.active == false)

            let audit = try await store.auditEvents(AuditQuery(idpID: okta.id, limit: 50))
            let decisions = audit.filter { $0.action == .breakerReleased || $0.action == .breakerPolicyChanged }
            #expect(decisions.count == 2)
            #expect(decisions.allSatisfy { $0.actor == ChangeActor.console.description && $0.actor.hasPrefix("console") })
        }
    }

    @Test func keepHoldingIsAuditedAndChangesNothing() async throws {
        try await runnerTests.withRunner { runner, store in
            let okta = try await runnerTests.addOkta(runner)
            _ = await runnerTests.perform(.setBreakerPolicy(idpID: okta.id, policy: try BreakerPolicy(parsing: "users=1")), runner)
            let service = UserService(store: store, clock: SQLiteRunnerTests.clock)
            var users: [User] = []
            for name in ["ada", "alan"] {
                users.append(
                    try await service.create(SQLiteRunnerTests.profile(name, display: name, email: "\(name)@example.com"), for: okta).value)
            }
            try await deactivate(users[0], store, okta)
            await #expect(throws: DomainError.self) { try await deactivate(users[1], store, okta) }
            guard case .breakerKept = await runnerTests.perform(.keepHolding(idpID: okta.id), runner) else {
                throw DomainError.invalidInput("not kept")
            }
            #expect(try await summary(runner).held.count == 1)
            await #expect(throws: DomainError.self) { try await deactivate(users[1], store, okta) }
            let kept = try await store.auditEvents(AuditQuery(idpID: okta.id, limit: 50)).filter { $0.action == .breakerKept }
            #expect(kept.count == 1 && kept.first?.actor == ChangeActor.console.description)
        }
    }
}
