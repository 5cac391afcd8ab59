import ArgumentParser
import Foundation
import PostgresStore
import Provisioning
import SQLiteStore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database: a SQLite file path, sqlite:PATH, or postgres://user[:password]@host[:port]/db. (env: SCIMDESK_DATABASE)",
            discussion: """
                Defaults to $XDG_DATA_HOME/scimdesk/scimdesk.sqlite (~/.local/share/scimdesk/scimdesk.sqlite). \
                For a Unix socket: postgres://user@/db?host=/run/postgresql.
                """,
            valueName: "url"
        )
    )
    var database: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The key that seals the audit log. (env: SCIMDESK_AUDIT_KEY)",
            discussion: "Defaults to the database path plus .audit-key; created (owner-only) when missing.",
            valueName: "file"
        )
    )
    var auditKey: String?

    var auditKeyPath: String? {
        (auditKey ?? ProcessInfo.processInfo.environment["SCIMDESK_AUDIT_KEY"]).flatMap { $0.isEmpty ? nil : $0 }
    }

    @Option(name: .customLong("db-pool"), help: ArgumentHelp("PostgreSQL only: connections this process holds at most.", valueName: "n"))
    var databasePool: Int = 8

    var location: DatabaseLocation {
        get throws {
            let value = database ?? ProcessInfo.processInfo.environment["SCIMDESK_DATABASE"]
            return try DatabaseLocation(value)
        }
    }

    /// Runs a command body with the store open, closing it afterwards; failures print as one line.
    /// `readOnly` commands fail on a missing SQLite file rather than create an empty one.
    func withStore(readOnly: Bool = false, _ body: (any Store) async throws -> Void) async throws {
        try await reportingErrors {
            let opened = try await openStore(readOnly: readOnly)
            do {
                try await body(opened.store)
            } catch {
                await opened.close()
                throw error
            }
            await opened.close()
        }
    }

    /// Opens (and migrates) the database `--database` names.
    func openStore(readOnly: Bool = false) async throws -> OpenedStore {
        let location = try location
        switch location {
        case .sqlite(let path):
            let store = try openSQLiteStore(path: path, readOnly: readOnly)
            return OpenedStore(store: store, location: location) { try? store.close() }
        case .postgres(var settings):
            guard databasePool > 0 else { throw CLIError("--db-pool must be at least 1.") }
            settings.poolSize = databasePool
            let keyPath = try auditKeyPath ?? DatabaseLocation.defaultAuditKeyPath(for: settings)
            let store: PostgresStore
            do {
                store = try await PostgresStore.open(settings, auditKeyPath: keyPath)
            } catch {
                throw CLIError("cannot open the database at \(settings.redacted): \(error)")
            }
            if let mismatch = store.auditKeyMismatch {
                // Reading is harmless (and audit verify must run); sealing with the wrong key is not.
                guard readOnly else {
                    await store.close()
                    throw CLIError(mismatch)
                }
                FileHandle.standardError.write(Data("warning: \(mismatch)\n".utf8))
            }
            return OpenedStore(store: store, location: location) { await store.close() }
        }
    }

    /// For the commands that only work on a SQLite file (the benchmark's console-load).
    func openSQLiteStore(readOnly: Bool = false) throws -> SQLiteStore {
        try openSQLiteStore(path: sqlitePath(for: "this command"), readOnly: readOnly)
    }

    /// The SQLite file `--database` names; a PostgreSQL URL is refused with a one-line error
    /// (PostgreSQL has its own tools for what these commands do on a file).
    func sqlitePath(for command: String) throws -> String {
        guard case .sqlite(let path) = try location else {
            let hint =
                ["backup", "restore"].contains(command)
                ? " For PostgreSQL use pg_dump and pg_restore (or the managed service's backups)." : ""
            throw CLIError("\(command) works on a SQLite database file, not on PostgreSQL.\(hint)")
        }
        return path
    }

    private func openSQLiteStore(path: String, readOnly: Bool) throws -> SQLiteStore {
        let isDefault = (database ?? ProcessInfo.processInfo.environment["SCIMDESK_DATABASE"]).map(\.isEmpty) ?? true
        try DatabaseCheck.check(path, readOnly: readOnly, isDefault: isDefault)
        do {
            let store = try SQLiteStore(path: path, auditKeyPath: auditKeyPath)
            if let warning = store.accessWarning { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
            return store
        } catch {
            throw CLIError("cannot open the database at \(path): \(error)")
        }
    }
}

/// An open store of either kind, and how to close it.
struct OpenedStore: Sendable {
    let store: any Store
    let location: DatabaseLocation
    let close: @Sendable () async -> Void
}
