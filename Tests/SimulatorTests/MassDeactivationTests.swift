import Foundation
import Provisioning
import SQLiteStore
import Simulator
import TestSupport
import Testing

/// `simulate okta --scenario mass-deactivate` against ScimDesk: the breaker holds what exceeds the
/// limit, the IdP sees 503s with Retry-After and a detail naming the limit, and after a release its
/// retries go through.
@Suite struct MassDeactivationTests {
    /// One request at a time: concurrent admissions may each let one more through (see `DeprovisioningBreaker.admit`).
    static func options(retryFor: Duration) -> SimulatorOptions {
        SimulatorOptions(
            idp: .okta, flavour: .oin, users: 20, groups: 0, concurrency: 1, seed: 5, maximumRetryWait: .milliseconds(100),
            scenario: .massDeactivate, retryHeldFor: retryFor)
    }

    @Test func heldRequestsAreReportedAsOktaShowsThemAndGoThroughAfterARelease() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let breaker = DeprovisioningBreaker(store: listener.store)
            try await breaker.setPolicy(try BreakerPolicy(parsing: "users=5"), for: idp, by: .cli)
            let simulator = try Simulator(client: listener.client(token: token), options: Self.options(retryFor: .seconds(120)))
            // The operator releases once all 7 over the limit are held (12 = 60% of 20; 5 pass).
            let operatorDecides = Task {
                let deadline = ContinuousClock.now + .seconds(110)
                while ContinuousClock.now < deadline {
                    if try await listener.store.heldOperations(idpID: idp.id).count == 7 {
                        return try await breaker.release(idp, by: .console)
                    }
                    try await Task.sleep(for: .milliseconds(20))
                }
                return -1
            }
            let report = await simulator.run()
            #expect(try await operatorDecides.value == 7)
            #expect(report.succeeded, "\(report.text())")
            let outcome = try #require(report.massDeactivation)
            #expect(outcome.planned == 12 && outcome.appliedAtOnce == 5 && outcome.held == 7)
            #expect(outcome.retryAfterSeconds == DeprovisioningBreaker.retryAfterSeconds)
            #expect(outcome.appliedOnRetry == 7 && outcome.stillHeld == 0)
            // Each held request once, worded as Okta's task list, quoting the server's detail.
            let held = report.failures.filter { $0.status == 503 }
            #expect(held.count == 7 && held.allSatisfy(\.expected))
            #expect(held.first?.message.hasPrefix("Automatic deactivation of user") == true)
            #expect(held.first?.message.contains("exceeded the limit of 5") == true, "\(held.first?.message ?? "")")
            let text = report.text()
            #expect(text.contains("held by the server:      7 (503, Retry-After: 300 s)"), "\(text)")
            #expect(text.contains("applied when retried:    7"))
            // Everything the IdP deactivated is now inactive at ScimDesk; the other 40% untouched.
            let users = try await listener.store.users(idpID: idp.id, query: ListQuery(count: 100)).items
            #expect(users.count { !$0.profile.active } == 12 && users.count { $0.profile.active } == 8)
        }
    }

    @Test func withoutAReleaseNothingHeldIsApplied() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            try await DeprovisioningBreaker(store: listener.store).setPolicy(try BreakerPolicy(parsing: "users=5"), for: idp, by: .cli)
            let simulator = try Simulator(client: listener.client(token: token), options: Self.options(retryFor: .milliseconds(300)))
            let report = await simulator.run()
            let outcome = try #require(report.massDeactivation)
            #expect(outcome.held == 7 && outcome.appliedOnRetry == 0 && outcome.stillHeld == 7)
            #expect(report.text().contains("still held at the end:   7"))
            let users = try await listener.store.users(idpID: idp.id, query: ListQuery(count: 100)).items
            #expect(users.count { !$0.profile.active } == 5)
        }
    }
}
