import Foundation
import PostgresStore
import Provisioning
import SQLiteStore

/// Bulk user loading, which both stores offer outside the `Store` contract: the seeder writes
/// thousands of users per transaction instead of one transaction (and one audit event) per user.
protocol UserImporting: Sendable {
    func importUsers(_ users: [User], audit: AuditEvent) async throws
}

extension SQLiteStore: UserImporting {}
extension PostgresStore: UserImporting {}

/// What `scimdesk bench seed` fills: either store.
typealias BenchStore = Store & UserImporting

/// A store opened for seeding, with how to close it and how big it is afterwards.
struct OpenedBenchStore {
    let store: any BenchStore
    /// SQLite: the final checkpoint, whose time the seed report shows.
    let close: () async throws -> Void
    /// Bytes on disk: the SQLite file; nil for PostgreSQL, whose size `make bench` asks the server for.
    let bytes: () -> Int?

    /// Opens `--database` for seeding; refuses a SQLite file that exists or a PostgreSQL database that
    /// already has identity providers, so a bench never mixes its users with anyone's.
    static func open(_ global: GlobalOptions) async throws -> OpenedBenchStore {
        switch try global.location {
        case .sqlite(let path):
            guard !FileManager.default.fileExists(atPath: path) else {
                throw CLIError("bench seed needs a fresh database; \(path) exists. Remove it or pick another --database.")
            }
            let store = try global.openSQLiteStore()
            return OpenedBenchStore(store: store, close: { try store.close() }) {
                (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            }
        case .postgres(let settings):
            let opened = try await global.openStore()
            guard let store = opened.store as? any BenchStore else {
                await opened.close()
                throw CLIError("bench seed cannot bulk-load this store.")
            }
            guard try await store.identityProviders().isEmpty else {
                await opened.close()
                throw CLIError("bench seed needs an empty database; \(settings.redacted) already has identity providers.")
            }
            return OpenedBenchStore(store: store, close: { await opened.close() }, bytes: { nil })
        }
    }
}
