import Foundation
import Provisioning

/// `identity_providers` and `tokens` rows; they are read together on every request (token → IdP).
enum IdentityProviderRow {
    static let columns =
        "identity_providers.id, identity_providers.name, identity_providers.kind, identity_providers.created, identity_providers.rate_limit"

    /// Decodes the five IdP columns starting at `offset`; a NULL rate limit is the standard one.
    static func decode(_ row: RowReader, from offset: Int = 0) throws -> IdentityProvider {
        let kindText = try row.string(offset + 2)
        guard let kind = IdentityProvider.Kind(rawValue: kindText) else {
            throw StoreError.unavailable("unknown identity provider kind '\(kindText)'")
        }
        return IdentityProvider(
            id: try row.uuid(offset), name: try row.string(offset + 1), kind: kind, created: try row.date(offset + 3),
            rateLimit: try row.optionalInt(offset + 4).map(RateLimit.init(requestsPerSecond:)) ?? .standard)
    }
}

enum TokenRow {
    static let columns = """
        tokens.id, tokens.idp_id, tokens.hash, tokens.hint, tokens.created, tokens.expires, tokens.revoked, tokens.last_used
        """
    static let columnCount = 8

    static func decode(_ row: RowReader) throws -> ProvisioningToken {
        ProvisioningToken(
            id: try row.uuid(0), idpID: try row.uuid(1), hash: try row.string(2), hint: try row.string(3), created: try row.date(4),
            expires: try row.date(5), revoked: try row.optionalDate(6), lastUsed: try row.optionalDate(7)
        )
    }
}
