import Foundation
import GRDB
import Provisioning
import Synchronization

/// The embedded default `Store`: one SQLite file in WAL mode, opened through a GRDB `DatabasePool`.
///
/// Reads run on the pool's reader connections and never wait for writers (WAL). Writes go through a
/// `GroupCommitWriter`, which packs concurrent write requests into one transaction so that the fsync
/// demanded by `synchronous = FULL` is paid once per batch instead of once per request.
///
/// Hot lookups (user by id, `userName eq`, token by hash, group by id) use cached statements and
/// decode rows by column index, because GRDB's query interface costs ~100 µs per call.
public final class SQLiteStore: Sendable {
    /// How hard a commit works to survive a crash.
    public enum Durability: Sendable, Hashable {
        /// `synchronous = FULL`: an acknowledged write survives a process kill and a power loss.
        case full
        /// `synchronous = NORMAL`: survives a process kill; the last commits may be lost on power loss.
        case normal
    }

    /// Where the database lives.
    public let path: String
    let pool: DatabasePool
    let writer: GroupCommitWriter
    /// The connections of `readNow` (see `PointReaders`).
    let pointReaders: PointReaders
    /// Token lookups kept while no token or IdP changes (see `TokenCache`).
    let tokenCache = TokenCache()
    /// Set when the database file could be read by users other than its owner: say so to the operator.
    public let accessWarning: String?
    /// Seals audit events (through the `audit_events_seal` trigger) and verifies the chain.
    public let auditSealer: AuditSealer
    /// Set by `close()`; afterwards every call throws instead of touching closed SQLite connections.
    let isClosed = Atomic<Bool>(false)
    private let queryBudgetMilliseconds = Atomic<Int>(3_000)
    /// Each IdP's share of the read queues (see `readBudgeted`).
    let readShares = ReadShares(perIdP: 2)

    /// How long one list read (a page, its count and its filter) may run before it is stopped with
    /// `StoreError.unsupportedQuery`. Three seconds is far beyond any indexed lookup, and well within
    /// the minute Okta and Entra wait for an answer.
    public var queryBudget: Duration {
        get { .milliseconds(queryBudgetMilliseconds.load(ordering: .relaxed)) }
        set {
            let (seconds, attoseconds) = newValue.components
            queryBudgetMilliseconds.store(Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000), ordering: .relaxed)
        }
    }

    /// Opens (creating if needed, including parent folders) and migrates the database at `path`; an
    /// older schema is backed up before it is migrated (see `SchemaUpgrade`).
    ///
    /// The audit chain's key is read from `auditKeyPath` (default: beside the database, see
    /// `AuditKey.defaultPath`), and created there for a log that has no seals yet; a sealed log whose
    /// key is missing is refused (see `AuditKeyCheck`).
    ///
    /// - Throws: `StoreError.unavailable` when the file cannot be opened or migrated, or was written by
    ///   a newer ScimDesk, or the audit key cannot be read or created.
    public init(path: String, durability: Durability = .full, auditKeyPath: String? = nil) throws {
        self.path = path
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileAccess.createOwnerOnly(path)
            accessWarning = FileAccess.warning(for: path)
            let keyPath = auditKeyPath ?? AuditKey.defaultPath(forDatabaseAt: path)
            let keyIsNew = !FileManager.default.fileExists(atPath: keyPath)
            let sealer = AuditSealer(key: try AuditKey.loadOrCreate(at: keyPath))
            self.auditSealer = sealer
            let configuration = DatabaseSetup.configuration(sealer: sealer)
            let pool = try DatabasePool(path: path, configuration: configuration)
            if keyIsNew { try AuditKeyCheck.refuseNewKeyForSealedLog(pool, keyPath: keyPath) }
            try DatabaseSetup.apply(durability, to: pool)
            if let copy = try SchemaUpgrade.run(Migrations.migrator, on: pool, path: path) {
                try Self.copyAuditKey(from: keyPath, to: AuditKey.defaultPath(forDatabaseAt: copy))
            }
            self.pool = pool
            self.writer = GroupCommitWriter(pool: pool)
            self.pointReaders = PointReaders(path: path, configuration: configuration)
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// Waits for queued writes, checkpoints the WAL into the main file (TRUNCATE) and closes every
    /// connection, so no `-wal` file is left behind. Later calls on this store throw `StoreError.unavailable`.
    ///
    /// GRDB alone leaves the `-wal` file: its last connection to close is a read-only reader, which
    /// SQLite does not let delete the log.
    public func close() throws {
        guard !isClosed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        writer.stopAcceptingWrites()
        do {
            // Runs on the writer queue after any drain already scheduled there.
            try pool.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
            }
            try pointReaders.close()
            try pool.close()
            try DatabaseSetup.removeEmptyWriteAheadLog(path: path)
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }
}
