import ArgumentParser
import Foundation

struct SystemdUnitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "systemd-unit",
        abstract: "Print a hardened systemd unit that runs `serve` with this binary and database.",
        discussion: """
            Options after -- are passed to serve. Example:
              scimdesk systemd-unit --user scimdesk -- --listen 0.0.0.0:8443 --tls-cert /etc/scimdesk/cert.pem \\
                --tls-key /etc/scimdesk/key.pem --metrics-listen 127.0.0.1:9464 > /etc/systemd/system/scimdesk.service
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Run as this user (create it first); the database folder must belong to it.") var user: String?
    @Argument(parsing: .postTerminator, help: "serve options, after --") var serveArguments: [String] = []

    func run() async throws {
        try await reportingErrors {
            let database = URL(fileURLWithPath: try global.sqlitePath(for: "systemd-unit")).standardizedFileURL.path
            print(
                SystemdUnit(binary: Self.executablePath, database: database, user: user, serveArguments: serveArguments).text,
                terminator: "")
        }
    }

    /// The absolute path of the running binary (not how it was typed).
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
