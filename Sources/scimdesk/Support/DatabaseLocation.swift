import Foundation

/// Where the data lives, from `--database` / `SCIMDESK_DATABASE`.
struct DatabaseLocation: Equatable {
    let path: String

    init(_ value: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let value, !value.isEmpty else {
            path = Self.defaultPath(environment: environment)
            return
        }
        if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            throw CLIError("PostgreSQL databases are not supported by this build; use a SQLite path or sqlite:PATH.")
        }
        let raw =
            value.hasPrefix("sqlite://")
            ? String(value.dropFirst("sqlite://".count))
            : value.hasPrefix("sqlite:") ? String(value.dropFirst("sqlite:".count)) : value
        guard !raw.isEmpty else { throw CLIError("--database sqlite: needs a file path after the colon.") }
        path = (raw as NSString).expandingTildeInPath
    }

    static func defaultPath(environment: [String: String]) -> String {
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/scimdesk/scimdesk.sqlite"
    }
}
