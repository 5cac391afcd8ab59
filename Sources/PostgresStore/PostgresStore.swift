import Foundation
import Logging
import PostgresNIO
import Provisioning
import Synchronization

/// The `Store` contract on PostgreSQL, for several listeners and consoles sharing one directory.
///
/// The store owns its `PostgresClient` and the task running `PostgresClient.run()`: queries hang
/// until that task runs, and a second `run()` traps, so nothing else may start it. Every write is one
/// READ COMMITTED transaction; the races SQLite's single writer hid are closed explicitly (row lock
/// on the IdP for tokens, a trigger for member counts, advisory locks for the traffic and audit logs).
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let settings: PostgresSettings
    /// Seals audit events (see `appendSealed`) and verifies the chain.
    public let auditSealer: AuditSealer
    /// Set when the newest sealed audit event does not verify under this process's key: another
    /// process seals with a different key file, or the log's end was altered. Writing commands must
    /// refuse to run (their seals would break the chain); `audit verify` tells which.
    public let auditKeyMismatch: String?
    private let runner: Task<Void, Never>
    /// See `queryBudget`.
    let queryBudgetMilliseconds = Atomic<Int>(3_000)
    /// Each IdP's share of the pool for list reads (see `readBudgeted`).
    let readShares = ReadShares(perIdP: 2)

    static let quietLogger = Logger(label: "scimdesk.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects, waits for the server, brings the schema up to date (see `Migrations`) and reads the
    /// audit key at `auditKeyPath`, creating it (owner-only) while the log holds no sealed event.
    ///
    /// Every process on one database must use the same key file: the key never goes into the database.
    ///
    /// - Throws: `StoreError.unavailable` when the server cannot be reached within the lease timeout,
    ///   the database was migrated by a newer ScimDesk, or the key is missing for a sealed log.
    public static func open(_ settings: PostgresSettings, auditKeyPath: String) async throws -> PostgresStore {
        let keyIsNew = !FileManager.default.fileExists(atPath: auditKeyPath)
        let sealer = AuditSealer(key: try AuditKey.loadOrCreate(at: auditKeyPath))
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: Self.quietLogger)
        let runner = Task { await client.run() }
        do {
            let newest = try await Self.withLease(client, settings.leaseTimeout) { connection in
                try await Migrations.run(on: connection)
                return try await AuditKeyCheck.newestEvents(on: connection)
            }
            let mismatch = try AuditKeyCheck.check(newest, sealer: sealer, keyPath: auditKeyPath, keyIsNew: keyIsNew)
            return PostgresStore(client: client, runner: runner, settings: settings, sealer: sealer, mismatch: mismatch)
        } catch {
            runner.cancel()
            await runner.value
            throw StoreErrorMapping.map(error)
        }
    }

    private init(client: PostgresClient, runner: Task<Void, Never>, settings: PostgresSettings, sealer: AuditSealer, mismatch: String?) {
        self.client = client
        self.runner = runner
        self.settings = settings
        self.auditSealer = sealer
        self.auditKeyMismatch = mismatch
    }

    /// Closes every connection. Later calls throw `StoreError.unavailable`.
    public func close() async {
        runner.cancel()
        await runner.value
    }
}
