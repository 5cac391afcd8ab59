import Foundation

/// One IdP's breaker as the store keeps it: its policy, whether it is holding, and since when it counts.
/// Kept in the database, so every listener of the directory and every restart see the same state.
public struct BreakerStatus: Sendable, Hashable {
    public var idpID: UUID
    public var policy: BreakerPolicy
    /// When it tripped; nil while deprovisioning flows.
    public var tripped: Date?
    /// Why, in words the IdP's admin and the operator read ("140 user deactivations in 6 minutes
    /// exceeded the limit of 25").
    public var tripReason: String?
    /// Counting starts here at the earliest: the last release, so released requests do not re-trip it.
    public var countingSince: Date?
    /// Released requests whose retry has not arrived yet.
    public var releasedAwaitingRetry: Int

    public init(
        idpID: UUID, policy: BreakerPolicy = .standard, tripped: Date? = nil, tripReason: String? = nil, countingSince: Date? = nil,
        releasedAwaitingRetry: Int = 0
    ) {
        self.idpID = idpID
        self.policy = policy
        self.tripped = tripped
        self.tripReason = tripReason
        self.countingSince = countingSince
        self.releasedAwaitingRetry = releasedAwaitingRetry
    }

    public var isHolding: Bool { tripped != nil }
}

/// A deprovisioning request held while the breaker is tripped: not applied, answered 503, shown to
/// the operator. The IdP retries it; each retry updates the same entry.
public struct HeldOperation: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case deactivateUser = "user.deactivate"
        case deleteUser = "user.delete"
        case deleteGroup = "group.delete"

        public var verb: String {
            switch self {
            case .deactivateUser: "deactivate user"
            case .deleteUser: "delete user"
            case .deleteGroup: "delete group"
            }
        }
    }

    public var idpID: UUID
    public var kind: Kind
    public var resourceID: String
    /// The userName or group displayName, for the operator.
    public var name: String
    public var firstHeld: Date
    public var lastHeld: Date
    /// How many times the IdP sent it (retries included).
    public var attempts: Int

    public init(idpID: UUID, kind: Kind, resourceID: String, name: String, firstHeld: Date, lastHeld: Date, attempts: Int = 1) {
        self.idpID = idpID
        self.kind = kind
        self.resourceID = resourceID
        self.name = name
        self.firstHeld = firstHeld
        self.lastHeld = lastHeld
        self.attempts = attempts
    }
}

/// Deprovisioning an IdP applied within a window, as the audit log records it.
public struct DeprovisioningCount: Sendable, Hashable {
    /// User deactivations and deletions.
    public var users: Int
    public var groups: Int
    /// When the oldest of them was applied.
    public var oldest: Date?

    public init(users: Int, groups: Int, oldest: Date? = nil) {
        self.users = users
        self.groups = groups
        self.oldest = oldest
    }
}
