import Foundation
import GRDB
import Provisioning

extension SQLiteStore: IdentityProviderStore {
    public func insertIdentityProvider(_ idp: IdentityProvider, audit: AuditEvent) async throws {
        try await write { db in
            try db.cachedStatement(
                sql: """
                    INSERT INTO identity_providers (id, name, name_key, kind, created, rate_limit) VALUES (?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                Columns.uuid(idp.id), idp.name, Columns.key(idp.name), idp.kind.rawValue, Columns.date(idp.created),
                idp.rateLimit == .standard ? nil : idp.rateLimit.requestsPerSecond,
            ])
            try AuditRow.insert(audit, in: db)
        }
    }

    public func identityProviders() async throws -> [IdentityProvider] {
        try await readLater { db in
            let sql = "SELECT \(IdentityProviderRow.columns) FROM identity_providers ORDER BY name_key"
            return try Fetch.all(db.cachedStatement(sql: sql)) { try IdentityProviderRow.decode($0) }
        }
    }

    public func identityProvider(named name: String) async throws -> IdentityProvider? {
        try readNow { db in
            let sql = "SELECT \(IdentityProviderRow.columns) FROM identity_providers WHERE name_key = ?"
            return try Fetch.one(db.cachedStatement(sql: sql), [Columns.key(name)]) { try IdentityProviderRow.decode($0) }
        }
    }

    public func identityProvider(id: UUID) async throws -> IdentityProvider? {
        try readNow { db in
            let sql = "SELECT \(IdentityProviderRow.columns) FROM identity_providers WHERE id = ?"
            return try Fetch.one(db.cachedStatement(sql: sql), [Columns.uuid(id)]) { try IdentityProviderRow.decode($0) }
        }
    }
}
