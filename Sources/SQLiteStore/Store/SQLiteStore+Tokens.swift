import Foundation
import GRDB
import Provisioning

extension SQLiteStore: TokenStore {
    /// A token "still works at d" when it is neither revoked at or before d nor expired by d.
    private static let worksAt = "(revoked IS NULL OR revoked > ?) AND expires > ?"

    public func issueToken(_ token: ProvisioningToken, retiringOthersAt: Date, audit: AuditEvent) async throws {
        try await write { db in
            let retire = Columns.date(retiringOthersAt)
            try db.cachedStatement(sql: "UPDATE tokens SET revoked = ? WHERE idp_id = ? AND \(Self.worksAt)")
                .execute(arguments: [retire, Columns.uuid(token.idpID), retire, retire])
            try db.cachedStatement(
                sql: """
                    INSERT INTO tokens (id, idp_id, hash, hint, created, expires, revoked, last_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                Columns.uuid(token.id), Columns.uuid(token.idpID), token.hash, token.hint, Columns.date(token.created),
                Columns.date(token.expires), Columns.date(optional: token.revoked), Columns.date(optional: token.lastUsed),
            ])
            try AuditRow.insert(audit, in: db)
        }
    }

    public func revokeTokens(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int {
        try await write { db in
            let at = Columns.date(date)
            try db.cachedStatement(sql: "UPDATE tokens SET revoked = ? WHERE idp_id = ? AND \(Self.worksAt)")
                .execute(arguments: [at, Columns.uuid(idpID), at, at])
            let count = db.changesCount
            try AuditRow.insert(audit, in: db)
            return count
        }
    }

    /// Hot path: runs on every SCIM request before anything else. Served from `tokenCache` while the
    /// credentials version stands; the version is read first, so a change that lands between the two
    /// reads leaves the entry under a version that is already gone.
    public func token(hash: String) async throws -> (ProvisioningToken, IdentityProvider)? {
        let version = try readNow { db in try Fetch.int64(db.cachedStatement(sql: HotSQL.credentialsVersion)) }
        if let hit = tokenCache.entry(for: hash, version: version) { return hit }
        let found = try readNow { db in
            try Fetch.one(db.cachedStatement(sql: HotSQL.tokenByHash), [hash]) { row in
                (try TokenRow.decode(row), try IdentityProviderRow.decode(row, from: TokenRow.columnCount))
            }
        }
        if let found { tokenCache.store(found, for: hash, version: version) }
        return found
    }

    public func tokens(idpID: UUID) async throws -> [ProvisioningToken] {
        try await readLater { db in
            let sql = "SELECT \(TokenRow.columns) FROM tokens WHERE idp_id = ? ORDER BY created DESC, rowid DESC"
            return try Fetch.all(db.cachedStatement(sql: sql), [Columns.uuid(idpID)]) { try TokenRow.decode($0) }
        }
    }

    public func recordTokenUse(id: UUID, at date: Date) async throws {
        try await write { db in
            // max(): concurrent requests may be recorded out of order; last_used never moves back.
            try db.cachedStatement(sql: "UPDATE tokens SET last_used = max(coalesce(last_used, ?1), ?1) WHERE id = ?2")
                .execute(arguments: [Columns.date(date), Columns.uuid(id)])
        }
        tokenCache.recordUse(of: id, at: date)
    }
}
