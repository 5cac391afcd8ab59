/// Why a request's bearer token was refused (the `reason` label of `scimdesk_unauthorized_total`).
public enum AuthFailure: String, Sendable, CaseIterable {
    /// No `Authorization` header, or an empty one.
    case missing
    /// Not the hash of any token ScimDesk issued.
    case unknown
    case expired
    /// Revoked by an operator.
    case revoked
    /// Retired because a newer token was generated for the same IdP.
    case replaced
}
