/// The kinds of step an IdP takes, in the order a run takes them.
public enum SimulationStep: String, Sendable, Codable, CaseIterable {
    /// "Test API Credentials" (Okta) or "Test Connection" (Entra).
    case connectionTest
    /// Lookup by userName, then create on a miss or link on a hit.
    case assignUser
    /// A profile change pushed to the app.
    case updateProfile
    case deactivateUser
    /// Reassignment: the lookup finds the deactivated user, which is activated under the same id.
    case reactivateUser
    /// Lookup by displayName, create or link, first members.
    case pushGroup
    /// Members added and removed, then a full push ("Push Now").
    case changeMembers
    /// Unlink with "Delete the group in the target app": `DELETE /Groups/{id}`.
    case deleteGroup
    /// The same group pushed again after its deletion: a new id passes, the old id (ScimDesk re-links
    /// the group) is a bonus.
    case repushGroup
    /// Entra's deprovisioning: `DELETE /Users/{id}`.
    case deleteUser

    /// How the step reads in the summary table.
    public var title: String {
        switch self {
        case .connectionTest: "connection test"
        case .assignUser: "assign user"
        case .updateProfile: "update profile"
        case .deactivateUser: "deactivate user"
        case .reactivateUser: "reactivate user"
        case .pushGroup: "push group"
        case .changeMembers: "change members"
        case .deleteGroup: "unlink & delete group"
        case .repushGroup: "re-push group"
        case .deleteUser: "delete user"
        }
    }
}

/// How one kind of step went.
public struct StepTally: Sendable, Codable, Hashable {
    public var step: SimulationStep
    public var succeeded: Int
    /// Failures that fail the run.
    public var failed: Int
    /// Failures the plan asked for (the protected admin); they do not fail the run.
    public var expectedFailures: Int

    public init(step: SimulationStep, succeeded: Int = 0, failed: Int = 0, expectedFailures: Int = 0) {
        self.step = step
        self.succeeded = succeeded
        self.failed = failed
        self.expectedFailures = expectedFailures
    }

    public var attempted: Int { succeeded + failed + expectedFailures }
}
