import Foundation
import Provisioning
import SCIMClient
import Simulator

/// The demo's staged incident: Okta deactivates 60% of a department at once, the breaker trips and
/// holds the rest, and a little later the demo releases it (audited as "demo"), so Okta's retries
/// go through. Deliberate, not a side effect of the ordinary rounds: those run under
/// ``roundsPolicy``, and only the incident runs under ``incidentPolicy``.
struct DemoIncident {
    static let actor = ChangeActor.script("demo")

    /// Room for the ordinary rounds, which deactivate every user they assign, at any `--pace`.
    static let roundsPolicy = BreakerPolicy(
        enabled: true, maximumUsers: 1_000, maximumUserShare: 1, maximumGroups: 1_000, window: ValidityDuration(seconds: 60))
    /// The standard limit, over a one-minute window so the demo's earlier rounds soon stop counting.
    static let incidentPolicy = BreakerPolicy(
        enabled: true, maximumUsers: 10, maximumUserShare: 0.10, maximumGroups: 10, window: ValidityDuration(seconds: 60))
    /// How long the tripped breaker stays on screen before the demo releases it.
    static let holdFor: Duration = .seconds(20)

    let script: DemoScript

    func stage(against baseURL: URL) async {
        let breaker = DeprovisioningBreaker(store: script.store)
        let idp = script.oktaIdP
        do {
            try await breaker.setPolicy(Self.incidentPolicy, for: idp, by: Self.actor)
            let options = SimulatorOptions(
                idp: .okta, flavour: .oin, users: 30, groups: 0, concurrency: 2, seed: 1_000, pace: script.pace,
                protectedAdmin: nil, emailDomain: "hr.example.com", maximumRetryWait: .seconds(5), scenario: .massDeactivate,
                retryHeldFor: Self.holdFor + .seconds(60))
            let simulator = try Simulator(client: SCIMHTTPClient(baseURL: baseURL, bearerToken: script.okta), options: options)
            async let report = simulator.run()
            await releaseOnceSettled(idp, breaker)
            _ = await report
            try await breaker.setPolicy(Self.roundsPolicy, for: idp, by: Self.actor)
        } catch {
            // A demo that cannot stage its incident keeps playing the ordinary rounds.
        }
    }

    /// Waits until the breaker holds and Okta has sent everything once, shows it for ``holdFor``,
    /// then releases, as an operator would in the console.
    private func releaseOnceSettled(_ idp: IdentityProvider, _ breaker: DeprovisioningBreaker) async {
        let deadline = ContinuousClock.now + .seconds(120)
        var last = -1
        while ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .seconds(1))
            let held = (try? await script.store.heldOperations(idpID: idp.id).count) ?? 0
            if held > 0, held == last { break }
            last = held
        }
        try? await Task.sleep(for: Self.holdFor)
        _ = try? await breaker.release(idp, by: Self.actor)
    }
}
