import ArgumentParser
import Hummingbird
import Logging
import Provisioning
import SCIMServer
import ServiceLifecycle
import UnixSignals

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the SCIM listener without the console (for servers and containers).",
        discussion: """
            Okta needs an HTTPS base URL: serve HTTPS with --tls-cert and --tls-key (SIGHUP re-reads them),
            or put a TLS proxy in front and pass its address as --public-url https://scim.example.com/scim/v2.
            SIGTERM or Ctrl-C drains: new connections are refused, requests in flight finish (at most
            --drain-seconds), traffic is flushed. GET /healthz and /readyz answer on the SCIM port;
            --metrics-listen serves GET /metrics (Prometheus) on an address of its own.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listener: ListenerOptions
    @Option(
        name: .customLong("metrics-listen"),
        help: ArgumentHelp("Serve /metrics (no token) on this address, e.g. 127.0.0.1:9464.", valueName: "host:port"))
    var metricsListen: String?
    @Option(name: .customLong("log-format"), help: "text, or json (one event per line on stderr).")
    var logFormat: LogFormat = .text
    @Option(name: .customLong("drain-seconds"), help: "On SIGTERM, how long requests in flight may take to finish.")
    var drainSeconds: Int = 5

    func run() async throws {
        try await reportingErrors {
            let configuration = try listener.configuration()
            let metricsAddress = try metricsListen.map { try ListenAddress(parsing: $0, option: "--metrics-listen") }
            guard (1...300).contains(drainSeconds) else { throw CLIError("--drain-seconds must be from 1 to 300.") }
            let logger = logFormat.bootstrap()
            let announce = logFormat.announcer(logger)
            let registry = MetricsBootstrap.registry
            let opened = try await global.openStore()
            let store = opened.store
            let databaseName = opened.location.description
            let app = SCIMListener.makeApplication(
                store: store, configuration: configuration, recorder: TrafficRecorder(store: store), logger: logger,
                onServerRunning: { _ in
                    ServeBanner(configuration: configuration, databasePath: databaseName, metrics: metricsAddress).lines.forEach(announce)
                }
            )
            var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: app)]
            if let metricsAddress {
                let endpoint = MetricsEndpoint.makeApplication(
                    registry: registry, store: store, host: metricsAddress.host, port: metricsAddress.port, logger: logger)
                services.append(.init(service: endpoint, successTerminationBehavior: .ignore))
            }
            if let tls = configuration.tls {
                services.append(.init(service: CertificateReloader(tls: tls, logger: logger), successTerminationBehavior: .ignore))
            }
            var group = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            group.maximumGracefulShutdownDuration = .seconds(drainSeconds)
            group.maximumCancellationDuration = .seconds(2)
            do {
                try await ServiceGroup(configuration: group).run()
                await opened.close()
                announce("ScimDesk stopped.")
            } catch {
                await opened.close()
                throw Self.failure(error, configuration: configuration, metrics: metricsAddress)
            }
        }
    }

    static func failure(_ error: any Error, configuration: SCIMServerConfiguration, metrics: ListenAddress?) -> CLIError {
        let reason = EmbeddedListener.describe(error)
        let address = ListenAddress(host: configuration.host, port: configuration.port)
        guard reason == "address already in use" else { return CLIError("the listener stopped: \(reason)") }
        guard let metrics else { return CLIError("\(address) is already in use; pick another address with --listen HOST:PORT.") }
        return CLIError("\(address) or \(metrics) is already in use; pick other addresses with --listen and --metrics-listen.")
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

    @Option(name: .customLong("tls-cert"), help: ArgumentHelp("Serve HTTPS with this PEM certificate (chain).", valueName: "pem"))
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp("The PEM private key of --tls-cert.", valueName: "pem"))
    var tlsKey: String?

    @OptionGroup var connections: ConnectionOptions

    func configuration() throws -> SCIMServerConfiguration {
        let address = try ListenAddress(parsing: listen)
        guard maximumBody > 0 else { throw CLIError("--max-body must be a positive number of bytes.") }
        var configuration = SCIMServerConfiguration(
            host: address.host, port: address.port, publicBaseURL: publicURL, maximumBodyBytes: maximumBody
        )
        configuration.tls = try tls()
        configuration.connections = try connections.limits()
        configuration.rateLimiting = try connections.rateLimiting()
        return configuration
    }

    /// The certificate pair, checked now so a bad file stops the start with one line naming it.
    func tls() throws -> ReloadableTLS? {
        switch (tlsCertificate, tlsKey) {
        case (nil, nil): return nil
        case (nil, _?): throw CLIError("--tls-key needs --tls-cert (the certificate it belongs to).")
        case (_?, nil): throw CLIError("--tls-cert needs --tls-key (its private key).")
        case (let certificate?, let key?):
            do {
                return try ReloadableTLS(certificatePath: certificate, keyPath: key)
            } catch {
                throw CLIError(error.description)
            }
        }
    }
}
