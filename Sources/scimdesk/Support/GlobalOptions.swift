import ArgumentParser
import Foundation
import Provisioning
import SQLiteStore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database: a SQLite file path or sqlite:PATH. (env: SCIMDESK_DATABASE)",
            discussion: "Defaults to $XDG_DATA_HOME/scimdesk/scimdesk.sqlite (~/.local/share/scimdesk/scimdesk.sqlite).",
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

    var location: DatabaseLocation {
        get throws {
            let value = database ?? ProcessInfo.processInfo.environment["SCIMDESK_DATABASE"]
            return try DatabaseLocation(value)
        }
    }

    /// Runs a command body with the store open, closing it afterwards; failures print as one line.
    /// `readOnly` commands fail on a missing database rather than create an empty one.
    func withStore(readOnly: Bool = false, _ body: (SQLiteStore) async throws -> Void) async throws {
        try await reportingErrors {
            let store = try openStore(readOnly: readOnly)
            defer { try? store.close() }
            try await body(store)
        }
    }

    func openStore(readOnly: Bool = false) throws -> SQLiteStore {
        let location = try location
        let isDefault = (database ?? ProcessInfo.processInfo.environment["SCIMDESK_DATABASE"]).map(\.isEmpty) ?? true
        try DatabaseCheck.check(location.path, readOnly: readOnly, isDefault: isDefault)
        do {
            let store = try SQLiteStore(path: location.path, auditKeyPath: auditKeyPath)
            if let warning = store.accessWarning { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
            return store
        } catch {
            throw CLIError("cannot open the database at \(location.path): \(error)")
        }
    }
}
