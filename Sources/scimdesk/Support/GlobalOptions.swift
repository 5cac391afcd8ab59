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

    var location: DatabaseLocation {
        get throws {
            let value = database ?? ProcessInfo.processInfo.environment["SCIMDESK_DATABASE"]
            return try DatabaseLocation(value)
        }
    }

    /// Runs a command body with the store open, closing it afterwards; failures print as one line.
    func withStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        try await reportingErrors {
            let store = try openStore()
            defer { try? store.close() }
            try await body(store)
        }
    }

    func openStore() throws -> SQLiteStore {
        let location = try location
        do {
            let store = try SQLiteStore(path: location.path)
            if let warning = store.accessWarning { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
            return store
        } catch {
            throw CLIError("cannot open the database at \(location.path): \(error)")
        }
    }
}
