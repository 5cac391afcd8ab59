import ArgumentParser
import Hummingbird
import Logging
import Provisioning
import SCIMServer
import SQLiteStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the SCIM listener without the console (for servers and containers).",
        discussion: """
            Okta needs an HTTPS base URL: put a TLS proxy in front and pass its address as --public-url,
            e.g. --public-url https://scim.example.com/scim/v2. Ctrl-C (SIGINT) or SIGTERM stops it cleanly.
            A console started with --no-listener on the same database shows this listener's traffic.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listener: ListenerOptions

    func run() async throws {
        try await reportingErrors {
            let configuration = try listener.configuration()
            let databasePath = try global.location.path
            let store = try global.openStore()
            defer { try? store.close() }
            var logger = Logger(label: "scimdesk")
            logger.logLevel = .notice
            let app = SCIMListener.makeApplication(
                store: store, configuration: configuration, recorder: TrafficRecorder(store: store), logger: logger,
                onServerRunning: { _ in
                    Output.note("ScimDesk SCIM listener: \(configuration.baseURL)  (database \(databasePath))")
                    Output.note("Stop with Ctrl-C.")
                }
            )
            do {
                try await app.runService()
            } catch {
                let reason = EmbeddedListener.describe(error)
                let address = ListenAddress(host: configuration.host, port: configuration.port)
                throw CLIError(
                    reason == "address already in use"
                        ? "\(address) is already in use; pick another address with --listen HOST:PORT."
                        : "the listener stopped: \(reason)"
                )
            }
        }
    }
}

/// Options of the SCIM listener, shared by `serve`, the console and `demo`.
struct ListenerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Address and port to listen on.", valueName: "host:port"))
    var listen: String = "127.0.0.1:8080"

    @Option(
        name: .customLong("public-url"), help: ArgumentHelp("The SCIM base URL as clients reach it (for meta.location).", valueName: "url"))
    var publicURL: String?

    @Option(name: .customLong("max-body"), help: ArgumentHelp("Largest request body accepted, in bytes.", valueName: "bytes"))
    var maximumBody: Int = 1 << 20

    func configuration() throws -> SCIMServerConfiguration {
        let address = try ListenAddress(parsing: listen)
        guard maximumBody > 0 else { throw CLIError("--max-body must be a positive number of bytes.") }
        return SCIMServerConfiguration(
            host: address.host, port: address.port, publicBaseURL: publicURL, maximumBodyBytes: maximumBody
        )
    }
}
