import Foundation
import GRDB
import Provisioning

/// `identity_providers` and `tokens` rows; they are read together on every request (token → IdP).
enum IdentityProviderRow {
    static let columns =
        "identity_providers.id, identity_providers.name, identity_providers.kind, identity_providers.created, identity_providers.rate_limit"

    /// Decodes the five IdP columns starting at `offset`; a NULL rate limit is the standard one.
    static func decode(_ row: Row, from offset: Int = 0) throws -> IdentityProvider {
        let idText: String = row[offset]
        let kindText: String = row[offset + 2]
        guard let id = Columns.uuid(idText) else { throw StoreError.unavailable("bad id '\(idText)' in identity_providers") }
        guard let kind = IdentityProvider.Kind(rawValue: kindText) else {
            throw StoreError.unavailable("unknown identity provider kind '\(kindText)'")
        }
        let rate: Int? = row[offset + 4]
        return IdentityProvider(
            id: id, name: row[offset + 1], kind: kind, created: Columns.date(row[offset + 3] as Double),
            rateLimit: rate.map(RateLimit.init(requestsPerSecond:)) ?? .standard)
    }
}

enum TokenRow {
    static let columns = """
        tokens.id, tokens.idp_id, tokens.hash, tokens.hint, tokens.created, tokens.expires, tokens.revoked, tokens.last_used
        """
    static let columnCount = 8

    static func decode(_ row: Row) throws -> ProvisioningToken {
        let idText: String = row[0], idpText: String = row[1]
        guard let id = Columns.uuid(idText), let idpID = Columns.uuid(idpText) else {
            throw StoreError.unavailable("bad id in tokens")
        }
        return ProvisioningToken(
            id: id, idpID: idpID, hash: row[2], hint: row[3], created: Columns.date(row[4] as Double),
            expires: Columns.date(row[5] as Double), revoked: Columns.date(optional: row[6] as Double?),
            lastUsed: Columns.date(optional: row[7] as Double?)
        )
    }
}
