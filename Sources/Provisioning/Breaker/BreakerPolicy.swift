import Foundation

/// When an IdP's deprovisioning looks like an accident rather than a decision: more deactivations and
/// deletions of users (or deletions of groups) within a sliding window than an operator would expect.
///
/// The most feared provisioning incident is an IdP that suddenly removes a large share of the
/// directory (a group unassigned from the app, a sync rule edited) while every target obeys at once.
/// Past these limits ScimDesk holds further deprovisioning from that IdP until an operator decides.
public struct BreakerPolicy: Sendable, Hashable {
    /// Off: every deactivation and deletion is applied at once, as plain SCIM targets do.
    public var enabled: Bool
    /// More user deactivations + deletions than this within the window trip the breaker.
    public var maximumUsers: Int
    /// So do more than this share (0…1) of the IdP's users, in directories of at least
    /// `shareAppliesFrom` users; below that a share is a handful of people and only the count applies.
    public var maximumUserShare: Double
    /// More group deletions than this within the window trip it too (counted apart from users).
    public var maximumGroups: Int
    public var window: ValidityDuration

    public static let shareAppliesFrom = 100

    /// More than 25 users or 10 % of them, or more than 10 groups, within 10 minutes: far above an
    /// ordinary day's offboarding, far below what an unassigned "Everyone" group sends.
    public static let standard = BreakerPolicy(
        enabled: true, maximumUsers: 25, maximumUserShare: 0.10, maximumGroups: 10, window: ValidityDuration(seconds: 600))

    public init(enabled: Bool, maximumUsers: Int, maximumUserShare: Double, maximumGroups: Int, window: ValidityDuration) {
        self.enabled = enabled
        self.maximumUsers = maximumUsers
        self.maximumUserShare = maximumUserShare
        self.maximumGroups = maximumGroups
        self.window = window
    }

    /// The user limit for a directory of `population` users: the count, or the share when smaller.
    public func userLimit(population: Int) -> Int {
        guard population >= Self.shareAppliesFrom else { return maximumUsers }
        return min(maximumUsers, Int((Double(population) * maximumUserShare).rounded(.down)))
    }
}
