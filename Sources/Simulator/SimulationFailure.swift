/// One failed step, told the way the IdP's admin would read it.
public struct SimulationFailure: Sendable, Codable, Hashable {
    /// Who would notice the failure.
    public enum Kind: String, Sendable, Codable {
        /// The IdP itself fails the task: a bad status, an unusable body, no answer.
        case idp
        /// The IdP would carry on, but the server did not do what it was asked (members missing after
        /// a push, a profile change not applied). Found by reading back what was written.
        case check
    }

    public var step: SimulationStep
    public var kind: Kind
    /// The userName or group displayName the step was about.
    public var subject: String
    /// The line the IdP admin would see in Okta's Tasks (or Entra's provisioning logs).
    public var message: String
    /// The request that failed, e.g. `POST /Users`.
    public var request: String?
    /// The HTTP status, or nil when no response arrived.
    public var status: Int?
    /// The SCIM error `detail`, when the server sent one.
    public var detail: String?
    /// True when the plan asked for it (the protected admin).
    public var expected: Bool

    public init(
        step: SimulationStep, kind: Kind, subject: String, message: String, request: String? = nil, status: Int? = nil,
        detail: String? = nil, expected: Bool = false
    ) {
        self.step = step
        self.kind = kind
        self.subject = subject
        self.message = message
        self.request = request
        self.status = status
        self.detail = detail
        self.expected = expected
    }
}
