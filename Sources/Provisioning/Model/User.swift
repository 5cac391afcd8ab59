import Foundation

/// The attributes of a user that an IdP may write.
///
/// The first-class fields are the ones operators browse and filter on; `document` is the complete
/// SCIM representation as last written (minus server-owned and secret attributes such as `id`,
/// `meta`, `password` and `groups`), so anything else the IdP sends round-trips unchanged.
public struct UserProfile: Sendable, Hashable {
    public var userName: String
    public var externalID: String?
    public var displayName: String?
    public var givenName: String?
    public var familyName: String?
    /// The primary (or first) email address.
    public var email: String?
    public var department: String?
    public var division: String?
    public var active: Bool
    public var document: JSONObject

    public init(
        userName: String, externalID: String? = nil, displayName: String? = nil,
        givenName: String? = nil, familyName: String? = nil, email: String? = nil,
        department: String? = nil, division: String? = nil, active: Bool = true,
        document: JSONObject = JSONObject()
    ) {
        self.userName = userName
        self.externalID = externalID
        self.displayName = displayName
        self.givenName = givenName
        self.familyName = familyName
        self.email = email
        self.department = department
        self.division = division
        self.active = active
        self.document = document
    }

    /// What operators see as the user's name: the display name, else given + family, else the userName.
    public var effectiveDisplayName: String {
        if let displayName, !displayName.isEmpty { return displayName }
        let parts = [givenName, familyName].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? userName : parts.joined(separator: " ")
    }
}

/// A provisioned user, owned by one identity provider.
public struct User: Sendable, Hashable, Identifiable {
    /// Server-issued, stable, never reassigned (a lowercase UUID).
    public var id: String
    public var idpID: UUID
    public var profile: UserProfile
    public var meta: ResourceMeta
    /// Why the stored document could not be read, when it could not. The profile's document is then
    /// rebuilt from the first-class fields (`UserProfile.documentFromFields`), so the user can still be
    /// listed, read, replaced and deleted; the next write stores a whole document again.
    public var damage: String?

    public init(id: String, idpID: UUID, profile: UserProfile, meta: ResourceMeta, damage: String? = nil) {
        self.id = id
        self.idpID = idpID
        self.profile = profile
        self.meta = meta
        self.damage = damage
    }
}
