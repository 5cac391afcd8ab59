/// One person the simulated IdP assigns to the app, with everything it will send for them.
public struct PlannedUser: Sendable, Hashable {
    /// Position in the plan; group memberships refer to users by it.
    public let index: Int
    /// Exactly as the IdP sends it; some are mixed case, which the SP must preserve (docs/idp-wire.md Q8).
    public let userName: String
    public let email: String
    public let givenName: String
    public let familyName: String
    public let displayName: String
    public let title: String
    public let department: String
    public let division: String
    /// Okta's user id (`00u…`) or Entra's object id (a GUID).
    public let externalID: String
    /// Both spellings occur on the wire (docs/idp-wire.md §2.3, `DialectRule.localeEitherSpelling`).
    public let locale: String
    /// The random placeholder Okta always sends on create (docs/idp-wire.md §2.3).
    public let password: String
    /// What the profile-update step changes.
    public let updatedTitle: String
    public let updatedDepartment: String
    /// The ScimDesk console admin named in the options: ScimDesk refuses IdP writes to it.
    public let isProtectedAdmin: Bool
    /// Entra only: deleted (`DELETE /Users/{id}`) at the end of the run.
    public let leavesAtEnd: Bool
}

/// One group the simulated IdP pushes, and how its membership changes.
public struct PlannedGroup: Sendable, Hashable {
    public let index: Int
    public let displayName: String
    /// Entra sends the group's object id; Okta sends none on push.
    public let externalID: String?
    /// User indices (into `SimulationPlan.users`) in the group when it is first pushed.
    public let initialMembers: [Int]
    /// The membership change pushed after that: who joins, who leaves.
    public let added: [Int]
    public let removed: [Int]

    /// Members after the change, in a stable order.
    public var finalMembers: [Int] {
        initialMembers.filter { !removed.contains($0) } + added.filter { !initialMembers.contains($0) }
    }
}
