import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore {
    public func renameIdentityProvider(id: UUID, to name: String, audit: AuditEvent) async throws {
        try await write { connection in
            let renamed = try await connection.run(
                SQLFragment(
                    "UPDATE identity_providers SET name = ?, name_key = ? WHERE id = ? RETURNING 1",
                    [.text(name), .text(Columns.key(name)), .text(Columns.uuid(id))]))
            guard renamed > 0 else { throw StoreError.notFound }
            try await self.appendSealed([audit], on: connection)
        }
    }

    public func setRateLimit(_ limit: RateLimit, idpID: UUID, audit: AuditEvent) async throws {
        try await write { connection in
            let updated = try await connection.run(
                SQLFragment(
                    "UPDATE identity_providers SET rate_limit = ? WHERE id = ? RETURNING 1",
                    [.int(limit.requestsPerSecond), .text(Columns.uuid(idpID))]))
            guard updated > 0 else { throw StoreError.notFound }
            try await self.appendSealed([audit], on: connection)
        }
    }

    public func removeIdentityProvider(id: UUID, audit: AuditEvent) async throws -> IdentityProviderRemoval {
        try await write { connection in
            let idp = SQLValue.text(Columns.uuid(id))
            // The IdP row first, locked: a token issued or a user created by another process meanwhile
            // waits, then finds the IdP gone (its foreign key fails and the write is retried or refused).
            let locked = try await connection.run(SQLFragment("SELECT 1 FROM identity_providers WHERE id = ? FOR UPDATE", [idp]))
            guard locked > 0 else { throw StoreError.notFound }
            try await connection.run(
                SQLFragment(
                    "DELETE FROM memberships WHERE group_id IN (SELECT id FROM groups WHERE idp_id = ?) "
                        + "OR user_id IN (SELECT id FROM users WHERE idp_id = ?)", [idp, idp]))
            let users = try await connection.run(SQLFragment("DELETE FROM users WHERE idp_id = ? RETURNING 1", [idp]))
            let groups = try await connection.all(
                SQLFragment("DELETE FROM groups WHERE idp_id = ? RETURNING deleted IS NULL", [idp]), decode: { try $0.bool(0) })
            let tokens = try await connection.run(SQLFragment("DELETE FROM tokens WHERE idp_id = ? RETURNING 1", [idp]))
            // The breaker's policy, state and held requests go with the IdP (ON DELETE CASCADE).
            try await connection.run(SQLFragment("DELETE FROM identity_providers WHERE id = ?", [idp]))
            try await self.appendSealed([audit], on: connection)
            return IdentityProviderRemoval(users: users, groups: groups.filter { $0 }.count, tokens: tokens)
        }
    }
}
