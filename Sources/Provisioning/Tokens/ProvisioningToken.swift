import Foundation

/// A bearer token that lets one IdP provision into ScimDesk. Only its hash is ever stored.
public struct ProvisioningToken: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var idpID: UUID
    /// Hex SHA-256 of the secret.
    public var hash: String
    /// The first characters of the secret (`scimdesk_ab12`), so operators can tell tokens apart.
    public var hint: String
    public var created: Date
    public var expires: Date
    /// When it stops being accepted because it was revoked or replaced; may lie in the future during
    /// a rotation overlap.
    public var revoked: Date?
    public var lastUsed: Date?

    public init(
        id: UUID = UUID(), idpID: UUID, hash: String, hint: String, created: Date, expires: Date,
        revoked: Date? = nil, lastUsed: Date? = nil
    ) {
        self.id = id
        self.idpID = idpID
        self.hash = hash
        self.hint = hint
        self.created = created
        self.expires = expires
        self.revoked = revoked
        self.lastUsed = lastUsed
    }

    public func state(at now: Date) -> TokenState {
        if let revoked, revoked <= now { return .revoked(on: revoked) }
        if expires <= now { return .expired(on: expires) }
        return .active(expires: expires)
    }

    /// Whether the token authenticates requests at `now`.
    public func isWorking(at now: Date) -> Bool {
        if case .active = state(at: now) { return true }
        return false
    }

    /// When it stops working: the earlier of a scheduled retirement and its expiry.
    public var endsAt: Date { min(revoked ?? expires, expires) }
}

/// Where a token stands at one moment.
public enum TokenState: Sendable, Hashable {
    case active(expires: Date)
    case expired(on: Date)
    case revoked(on: Date)
    case none

    public var label: String {
        switch self {
        case .active: "active"
        case .expired: "expired"
        case .revoked: "revoked"
        case .none: "none"
        }
    }
}

/// The outcome of checking a presented bearer token.
public enum TokenVerification: Sendable, Hashable {
    case valid(IdentityProvider)
    case expired(IdentityProvider, on: Date)
    case revoked(IdentityProvider, on: Date)
    /// Retired on `on` because a newer token was generated on `newerIssuedOn` (rotation).
    case replaced(IdentityProvider, on: Date, newerIssuedOn: Date)
    case unknown
}
