import Foundation

/// One change to ScimDesk's data: who did it, what changed, when. Written in the same transaction as the change.
public struct AuditEvent: Sendable, Hashable, Identifiable {
    public enum Action: String, Sendable, CaseIterable {
        case idpAdded = "idp.added"
        case idpRenamed = "idp.renamed"
        case idpRemoved = "idp.removed"
        case idpRateLimitChanged = "idp.rate_limit"
        case tokenGenerated = "token.generated"
        case tokenRevoked = "token.revoked"
        case adminAdded = "admin.added"
        case adminRemoved = "admin.removed"
        case userCreated = "user.created"
        case userUpdated = "user.updated"
        case userDeactivated = "user.deactivated"
        case userReactivated = "user.reactivated"
        case userDeleted = "user.deleted"
        case groupCreated = "group.created"
        case groupUpdated = "group.updated"
        case groupRelinked = "group.relinked"
        case groupDeleted = "group.deleted"
        case membershipChanged = "group.members"
        /// An IdP tried to change a protected console admin's account; nothing was applied.
        case protectedDrift = "protected.drift"
        /// The mass-deprovisioning breaker started holding an IdP's deactivations and deletions.
        case breakerTripped = "breaker.tripped"
        /// An operator released the held requests (the IdP's retries then go through).
        case breakerReleased = "breaker.released"
        /// An operator looked at the held requests and chose to keep holding them.
        case breakerKept = "breaker.kept"
        case breakerPolicyChanged = "breaker.policy"
    }

    /// Assigned by the store; 0 before insertion.
    public var id: Int64
    public var time: Date
    /// `idp:<name>`, `console` or `cli`.
    public var actor: String
    public var idpID: UUID?
    public var action: Action
    public var resourceType: String?
    public var resourceID: String?
    /// A sentence an operator can read: "deactivated user ada@example.com".
    public var summary: String
    /// JSON of the resource before and after, when there is one.
    public var before: String?
    public var after: String?

    public init(
        id: Int64 = 0, time: Date, actor: String, idpID: UUID? = nil, action: Action,
        resourceType: String? = nil, resourceID: String? = nil, summary: String,
        before: String? = nil, after: String? = nil
    ) {
        self.id = id
        self.time = time
        self.actor = actor
        self.idpID = idpID
        self.action = action
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.summary = summary
        self.before = before
        self.after = after
    }
}
