import Foundation

/// The attributes of a group that an IdP may write, apart from its members.
public struct GroupProfile: Sendable, Hashable {
    /// Unique per IdP among live groups, compared case-insensitively.
    public var displayName: String
    public var externalID: String?
    /// The SCIM representation as last written, without `id`, `meta` and `members`.
    public var document: JSONObject

    public init(displayName: String, externalID: String? = nil, document: JSONObject = JSONObject()) {
        self.displayName = displayName
        self.externalID = externalID
        self.document = document
    }
}

/// A provisioned group, owned by one identity provider.
///
/// Deleting a group leaves a tombstone (`deleted` is set) so that when the IdP pushes the same group
/// again it is re-linked under its old identity instead of being duplicated.
public struct Group: Sendable, Hashable, Identifiable {
    public var id: String
    public var idpID: UUID
    public var profile: GroupProfile
    public var meta: ResourceMeta
    public var memberCount: Int
    public var deleted: Date?
    /// How many times the group was deleted and pushed again.
    public var relinkCount: Int
    /// Why the stored document could not be read, when it could not (see `User.damage`).
    public var damage: String?

    public init(
        id: String, idpID: UUID, profile: GroupProfile, meta: ResourceMeta,
        memberCount: Int = 0, deleted: Date? = nil, relinkCount: Int = 0, damage: String? = nil
    ) {
        self.id = id
        self.idpID = idpID
        self.profile = profile
        self.meta = meta
        self.memberCount = memberCount
        self.deleted = deleted
        self.relinkCount = relinkCount
        self.damage = damage
    }
}

/// One member of a group as SCIM shows it: the user's id and a display string.
public struct GroupMember: Sendable, Hashable {
    public var userID: String
    /// The member's userName, looked up at read time so it never goes stale.
    public var display: String?

    public init(userID: String, display: String? = nil) {
        self.userID = userID
        self.display = display
    }
}

/// A membership change, applied in order inside one transaction.
///
/// Changes are deltas rather than a rewritten member list, so concurrent PATCHes to one group never
/// lose a member (docs/idp-wire.md Q18).
public enum MembershipChange: Sendable, Hashable {
    case add([String])
    case remove([String])
    case removeAll
    case replaceAll([String])
}
