import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: TokenStore {
    /// A token "still works at d" when it is neither revoked at or before d nor expired by d.
    private static let worksAt = "(revoked IS NULL OR revoked > ?) AND expires > ?"

    /// Locks the IdP row first: two `token generate` at once (two consoles, two hosts) would otherwise
    /// each retire the tokens they saw and both insert one, leaving two active tokens.
    public func issueToken(_ token: ProvisioningToken, retiringOthersAt: Date, audit: AuditEvent) async throws {
        try await write { connection in
            let idp = Columns.uuid(token.idpID)
            try await Self.lockIdentityProvider(idp, on: connection)
            let retire = Columns.date(retiringOthersAt)
            try await connection.run(
                "UPDATE tokens SET revoked = ? WHERE idp_id = ? AND \(Self.worksAt)", [retire, .text(idp), retire, retire])
            try await connection.run(
                "INSERT INTO tokens (id, idp_id, hash, hint, created, expires, revoked, last_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(Columns.uuid(token.id)), .text(idp), .text(token.hash), .text(token.hint), Columns.date(token.created),
                    Columns.date(token.expires), Columns.date(optional: token.revoked), Columns.date(optional: token.lastUsed),
                ])
            try await self.appendSealed([audit], on: connection)
        }
    }

    public func revokeTokens(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int {
        try await write { connection in
            let idp = Columns.uuid(idpID)
            try await Self.lockIdentityProvider(idp, on: connection)
            let at = Columns.date(date)
            let count = try await connection.run(
                SQLFragment("UPDATE tokens SET revoked = ? WHERE idp_id = ? AND \(Self.worksAt) RETURNING 1", [at, .text(idp), at, at]))
            try await self.appendSealed([audit], on: connection)
            return count
        }
    }

    private static func lockIdentityProvider(_ id: String, on connection: PostgresConnection) async throws {
        try await connection.run("SELECT 1 FROM identity_providers WHERE id = ? FOR UPDATE", [.text(id)])
    }

    /// Hot path: every SCIM request. Read from the database each time, never cached, so a token
    /// revoked through any process is refused by every other one on its next request.
    public func token(hash: String) async throws -> (ProvisioningToken, IdentityProvider)? {
        let found = try await read { connection in
            try await connection.one(HotSQL.TokenByHash(values: [.text(hash)])) { row in
                TokenAndIdP(token: try TokenRow.decode(row), idp: try IdentityProviderRow.decode(row, from: TokenRow.columnCount))
            }
        }
        return found.map { ($0.token, $0.idp) }
    }

    public func tokens(idpID: UUID) async throws -> [ProvisioningToken] {
        try await read { connection in
            try await connection.all(
                SQLFragment(
                    "SELECT \(TokenRow.columns) FROM tokens WHERE idp_id = ? ORDER BY created DESC, seq DESC", [.text(Columns.uuid(idpID))]),
                decode: TokenRow.decode)
        }
    }

    public func recordTokenUse(id: UUID, at date: Date) async throws {
        try await write { connection in
            // greatest(): concurrent requests may be recorded out of order; last_used never moves back.
            try await connection.run(
                "UPDATE tokens SET last_used = greatest(coalesce(last_used, ?), ?) WHERE id = ?",
                [Columns.date(date), Columns.date(date), .text(Columns.uuid(id))])
        }
    }
}

private struct TokenAndIdP: Sendable {
    let token: ProvisioningToken
    let idp: IdentityProvider
}
