/// What a run did: counts per step, what the IdP admin would read for each failure, and what the
/// server did that is worth telling (groups re-linked or re-created after their deletion).
public struct SimulationReport: Sendable, Codable {
    /// A group that was deleted and pushed again and came back under its old id (ScimDesk does this;
    /// a bonus, since the group keeps its identity and history).
    public struct RelinkedGroup: Sendable, Codable, Hashable {
        public var displayName: String
        public var id: String

        public init(displayName: String, id: String) {
            self.displayName = displayName
            self.id = id
        }
    }

    /// A group that was deleted and pushed again and was created under a new id: what most servers
    /// do, and correct, since a POST creates a resource under an id the server issues (RFC 7644 §3.3,
    /// RFC 7643 §3.1).
    public struct RecreatedGroup: Sendable, Codable, Hashable {
        public var displayName: String
        public var id: String
        /// The id it had before the DELETE.
        public var previousID: String

        public init(displayName: String, id: String, previousID: String) {
            self.displayName = displayName
            self.id = id
            self.previousID = previousID
        }
    }

    public var idp: SimulatedIdP
    /// Nil for Entra.
    public var flavour: OktaFlavour?
    public var baseURL: String
    public var seed: UInt64
    public var users: Int
    public var groups: Int
    public var concurrency: Int
    /// One entry per step kind the run took, in run order.
    public var tallies: [StepTally]
    /// Users the lookup missed and the IdP created, and users it found and linked.
    public var createdUsers: Int
    public var linkedUsers: Int
    public var relinkedGroups: [RelinkedGroup]
    public var recreatedGroups: [RecreatedGroup]
    public var failures: [SimulationFailure]
    /// Set when the run stopped early (e.g. nothing answered the connection test).
    public var abortReason: String?
    public var requests: Int
    public var durationSeconds: Double
    /// The scenario's outcome when it was a mass deactivation.
    public var massDeactivation: MassDeactivation?

    public init(
        idp: SimulatedIdP, flavour: OktaFlavour?, baseURL: String, seed: UInt64, users: Int, groups: Int, concurrency: Int,
        tallies: [StepTally], createdUsers: Int, linkedUsers: Int, relinkedGroups: [RelinkedGroup],
        recreatedGroups: [RecreatedGroup] = [], failures: [SimulationFailure],
        abortReason: String?, requests: Int, durationSeconds: Double
    ) {
        self.idp = idp
        self.flavour = flavour
        self.baseURL = baseURL
        self.seed = seed
        self.users = users
        self.groups = groups
        self.concurrency = concurrency
        self.tallies = tallies
        self.createdUsers = createdUsers
        self.linkedUsers = linkedUsers
        self.relinkedGroups = relinkedGroups
        self.recreatedGroups = recreatedGroups
        self.failures = failures
        self.abortReason = abortReason
        self.requests = requests
        self.durationSeconds = durationSeconds
    }

    /// True when nothing failed except what the plan expected.
    public var succeeded: Bool {
        abortReason == nil && !failures.contains { !$0.expected }
    }

    /// Failures that fail the run.
    public var unexpectedFailures: [SimulationFailure] {
        failures.filter { !$0.expected }
    }

    /// The tally of one step kind (zeros when the run never took it).
    public func tally(_ step: SimulationStep) -> StepTally {
        tallies.first { $0.step == step } ?? StepTally(step: step)
    }
}
