import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: IdentityProviderStore {
    public func insertIdentityProvider(_ idp: IdentityProvider, audit: AuditEvent) async throws {
        try await write { connection in
            try await connection.run(
                "INSERT INTO identity_providers (id, name, name_key, kind, created, rate_limit) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .text(Columns.uuid(idp.id)), .text(idp.name), .text(Columns.key(idp.name)), .text(idp.kind.rawValue),
                    Columns.date(idp.created), idp.rateLimit == .standard ? .null : .int(idp.rateLimit.requestsPerSecond),
                ])
            try await self.appendSealed([audit], on: connection)
        }
    }

    public func identityProviders() async throws -> [IdentityProvider] {
        try await read { connection in
            try await connection.all(SQLFragment("SELECT \(IdentityProviderRow.columns) FROM identity_providers ORDER BY name_key")) {
                try IdentityProviderRow.decode($0)
            }
        }
    }

    public func identityProvider(named name: String) async throws -> IdentityProvider? {
        try await read { connection in
            try await connection.one(
                SQLFragment("SELECT \(IdentityProviderRow.columns) FROM identity_providers WHERE name_key = ?", [.text(Columns.key(name))])
            ) { try IdentityProviderRow.decode($0) }
        }
    }

    public func identityProvider(id: UUID) async throws -> IdentityProvider? {
        try await read { connection in
            try await connection.one(
                SQLFragment("SELECT \(IdentityProviderRow.columns) FROM identity_providers WHERE id = ?", [.text(Columns.uuid(id))])
            ) { try IdentityProviderRow.decode($0) }
        }
    }
}
