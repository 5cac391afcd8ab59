import Logging
import PostgresNIO
import Provisioning

/// The `Store` contract on PostgreSQL, for several listeners and consoles sharing one directory.
///
/// The store owns its `PostgresClient` and the task running `PostgresClient.run()`: queries hang
/// until that task runs, and a second `run()` traps, so nothing else may start it. Every write is one
/// READ COMMITTED transaction; the races SQLite's single writer hid are closed explicitly (row lock
/// on the IdP for tokens, a trigger for member counts, an advisory lock for the traffic log).
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let settings: PostgresSettings
    private let runner: Task<Void, Never>

    static let quietLogger = Logger(label: "scimdesk.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects, waits for the server and brings the schema up to date (see `Migrations`).
    ///
    /// - Throws: `StoreError.unavailable` when the server cannot be reached within the lease timeout
    ///   or the database was migrated by a newer ScimDesk.
    public static func open(_ settings: PostgresSettings) async throws -> PostgresStore {
        let store = PostgresStore(settings: settings)
        do {
            try await store.withLease { connection in try await Migrations.run(on: connection) }
        } catch {
            await store.close()
            throw StoreErrorMapping.map(error)
        }
        return store
    }

    private init(settings: PostgresSettings) {
        self.settings = settings
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: Self.quietLogger)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Closes every connection. Later calls throw `StoreError.unavailable`.
    public func close() async {
        runner.cancel()
        await runner.value
    }
}
