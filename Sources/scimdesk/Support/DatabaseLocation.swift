import Foundation
import PostgresStore

/// Where the data lives, from `--database` / `SCIMDESK_DATABASE`: a SQLite file (the default) or a
/// PostgreSQL database shared by several processes.
enum DatabaseLocation: Sendable {
    case sqlite(path: String)
    case postgres(PostgresSettings)

    init(_ value: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let value, !value.isEmpty else {
            self = .sqlite(path: Self.defaultPath(environment: environment))
            return
        }
        if PostgresSettings.isURL(value) {
            do {
                self = .postgres(try PostgresSettings(url: value))
            } catch {
                throw CLIError(
                    "\(error); expected postgres://user[:password]@host[:port]/database or postgres://user@/database?host=/socket/dir")
            }
            return
        }
        let raw =
            value.hasPrefix("sqlite://")
            ? String(value.dropFirst("sqlite://".count))
            : value.hasPrefix("sqlite:") ? String(value.dropFirst("sqlite:".count)) : value
        guard !raw.isEmpty else { throw CLIError("--database sqlite: needs a file path after the colon.") }
        self = .sqlite(path: (raw as NSString).expandingTildeInPath)
    }

    static func defaultPath(environment: [String: String]) -> String {
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/scimdesk/scimdesk.sqlite"
    }

    /// The audit key of a PostgreSQL database when `--audit-key` is not given: in this user's data
    /// folder, named after the database. Every process on the database needs a copy of the same file.
    static func defaultAuditKeyPath(for settings: PostgresSettings) throws -> String {
        let folder = (defaultPath(environment: ProcessInfo.processInfo.environment) as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError("cannot create \(folder) for the audit key: \(error.localizedDescription); name a key file with --audit-key.")
        }
        return folder + "/postgres-\(settings.database).audit-key"
    }

    /// How banners name the database (never with a password).
    var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let settings): settings.redacted
        }
    }

    /// The folder for the console's log file: beside a SQLite file, else the default data folder.
    var logDirectory: String {
        switch self {
        case .sqlite(let path): (path as NSString).deletingLastPathComponent
        case .postgres: (Self.defaultPath(environment: ProcessInfo.processInfo.environment) as NSString).deletingLastPathComponent
        }
    }
}
