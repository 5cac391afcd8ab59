/// What a simulated IdP does to the directory.
public enum SimulationScenario: String, Sendable, Codable, CaseIterable {
    /// The everyday flow: assign, update, deactivate and reactivate everyone, push groups, re-push.
    case full
    /// The incident the mass-deprovisioning breaker exists for: the IdP assigns the users, then
    /// deactivates `massDeactivationShare` of them at once (an "Everyone" group unassigned from the
    /// app, a sync rule edited). Held requests are retried the way Okta retries a 503.
    case massDeactivate = "mass-deactivate"

    /// The share of the directory the mass-deactivate scenario deprovisions.
    public static let massDeactivationShare = 0.6
}

/// How a mass deactivation went, from the IdP's side.
public struct MassDeactivation: Sendable, Codable, Hashable {
    /// Users the IdP deactivated (60 % of those it assigned).
    public var planned: Int
    /// Applied at the first request.
    public var appliedAtOnce: Int
    /// Answered 503 (held by the server) at the first request.
    public var held: Int
    /// The `Retry-After` of the 503s, in seconds, as the IdP waits it.
    public var retryAfterSeconds: Int?
    /// Held, then applied when the IdP retried (after an operator released them).
    public var appliedOnRetry: Int
    /// Still held when the IdP stopped retrying within the run.
    public var stillHeld: Int

    public init(planned: Int, appliedAtOnce: Int, held: Int, retryAfterSeconds: Int?, appliedOnRetry: Int, stillHeld: Int) {
        self.planned = planned
        self.appliedAtOnce = appliedAtOnce
        self.held = held
        self.retryAfterSeconds = retryAfterSeconds
        self.appliedOnRetry = appliedOnRetry
        self.stillHeld = stillHeld
    }
}
