import Foundation
import GRDB
import Provisioning

extension SQLiteStore {
    public func renameIdentityProvider(id: UUID, to name: String, audit: AuditEvent) async throws {
        try await write { db in
            try db.cachedStatement(sql: "UPDATE identity_providers SET name = ?, name_key = ? WHERE id = ?")
                .execute(arguments: [name, Columns.key(name), Columns.uuid(id)])
            guard db.changesCount > 0 else { throw StoreError.notFound }
            try AuditRow.insert(audit, in: db)
        }
    }

    public func setRateLimit(_ limit: RateLimit, idpID: UUID, audit: AuditEvent) async throws {
        try await write { db in
            try db.cachedStatement(sql: "UPDATE identity_providers SET rate_limit = ? WHERE id = ?")
                .execute(arguments: [limit.requestsPerSecond, Columns.uuid(idpID)])
            guard db.changesCount > 0 else { throw StoreError.notFound }
            try AuditRow.insert(audit, in: db)
        }
    }

    public func removeIdentityProvider(id: UUID, audit: AuditEvent) async throws -> IdentityProviderRemoval {
        try await write { db in
            let idp = Columns.uuid(id)
            // Children first: the foreign keys do not cascade from identity providers.
            try db.execute(sql: "DELETE FROM memberships WHERE group_id IN (SELECT id FROM groups WHERE idp_id = ?)", arguments: [idp])
            try db.execute(sql: "DELETE FROM memberships WHERE user_id IN (SELECT id FROM users WHERE idp_id = ?)", arguments: [idp])
            try db.execute(sql: "DELETE FROM users WHERE idp_id = ?", arguments: [idp])
            let users = db.changesCount
            try db.execute(sql: "DELETE FROM groups WHERE idp_id = ? AND deleted IS NULL", arguments: [idp])
            let groups = db.changesCount
            try db.execute(sql: "DELETE FROM groups WHERE idp_id = ?", arguments: [idp])
            try db.execute(sql: "DELETE FROM tokens WHERE idp_id = ?", arguments: [idp])
            let tokens = db.changesCount
            try db.execute(sql: "DELETE FROM identity_providers WHERE id = ?", arguments: [idp])
            guard db.changesCount > 0 else { throw StoreError.notFound }
            try AuditRow.insert(audit, in: db)
            return IdentityProviderRemoval(users: users, groups: groups, tokens: tokens)
        }
    }
}
