import ArgumentParser
import Console
import Foundation
import Logging
import NcursesTerminal
import Provisioning
import SCIMServer
import TermUI

struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console, with the SCIM listener embedded (the default command).",
        discussion: """
            Keys: Tab or 1-7 switch views, arrows or j/k move, Enter opens, Esc goes back, / filters,
            : runs a command (:users, :traffic, …), ? shows every key, q quits.

            Settings → Identity Providers → Edit → Advanced generates and revokes the token the IdP uses.
            With --no-listener the console only reads the database, e.g. to watch the traffic of a
            `scimdesk serve` running elsewhere on the same file. Logs go to scimdesk.log beside the database.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var listener: ListenerOptions
    @Flag(name: .customLong("no-listener"), help: "Do not start the SCIM listener; only open the database.")
    var noListener = false

    func run() async throws {
        try await reportingErrors {
            try CrashReports.disableInteractiveBacktraces()
            let configuration = try listener.configuration()
            let opened = try await global.openStore()
            do {
                try await ConsoleSession(
                    store: opened.store, listener: noListener ? nil : configuration,
                    logPath: URL(fileURLWithPath: opened.location.logDirectory).appendingPathComponent("scimdesk.log").path
                ).run()
            } catch {
                await opened.close()
                throw error
            }
            await opened.close()
        }
    }
}

/// One run of the console: logging to a file, the embedded listener, the terminal, the loop, and an
/// orderly shutdown in reverse.
struct ConsoleSession {
    let store: any Store
    /// nil: database only.
    let listener: SCIMServerConfiguration?
    let logPath: String
    /// Work to start once the listener runs, with the port it got (the demo's simulator).
    var onListening: (@Sendable (MessageQueue, SCIMServerConfiguration) -> Void)? = nil

    /// With a taken port, `demo` listens on a free one instead; the console says so and stops.
    var findsFreePort = false

    func run() async throws {
        let sink = FileLogHandler.Sink(path: logPath)
        LoggingSystem.bootstrap { FileLogHandler(label: $0, sink: sink) }
        let logger = Logger(label: "scimdesk")
        // With a listener here, the top bar counts its requests through swift-metrics, as `/metrics` does;
        // without one, the traffic records read from the database are all there is to count.
        let runner = EffectRunner(store: store, countsTraffic: listener == nil)
        if listener != nil { _ = MetricsBootstrap.registry }
        var embedded: EmbeddedListener?
        var status = ListenerStatus.databaseOnly
        var baseURL: String?
        if var listener {
            // The console opens once it is known which address this process serves (well under a second).
            var started = try await Self.start(listener, store: store, logger: logger, messages: runner.messages)
            if case .failed(let reason) = started.outcome, findsFreePort, reason == "address already in use" {
                listener.port = 0
                started = try await Self.start(listener, store: store, logger: logger, messages: runner.messages)
            }
            let address = ListenAddress(host: listener.host, port: listener.port)
            switch started.outcome {
            case .running(let port):
                listener.port = port
                embedded = started.listener
                status = .running(address: ListenAddress(host: listener.host, port: port).description)
                baseURL = listener.baseURL
                onListening?(runner.messages, listener)
            case .failed(let reason) where reason == "address already in use":
                throw CLIError(
                    "\(address) is already in use. Listen elsewhere with --listen HOST:PORT, or watch the scimdesk serve there with --no-listener."
                )
            case .failed(let reason):
                throw CLIError("the SCIM listener on \(address) could not start: \(reason)")
            }
        }
        let initial = AppState(now: Date(), listener: status, scimBaseURL: baseURL)
        let figures = listener == nil ? runner.trafficFigures : MetricsBootstrap.figures
        let tls = embedded == nil ? nil : listener?.tls
        let outcome = await MainActor.run { Self.runLoop(runner: runner, state: initial, figures: figures, tls: tls, logger: logger) }
        await embedded?.stop()
        if case .failure(let error) = outcome { throw error }
    }

    /// Starts the listener and waits until it listens or gives up. Later failures reach the top bar.
    static func start(
        _ configuration: SCIMServerConfiguration, store: any Store, logger: Logger, messages: MessageQueue
    ) async throws -> (listener: EmbeddedListener, outcome: EmbeddedListener.Start) {
        let listener = EmbeddedListener(
            store: store, configuration: configuration, logger: logger, onRunning: { _ in },
            onFailure: { reason in
                let address = ListenAddress(host: configuration.host, port: configuration.port).description
                messages.post(.listenerChanged(.failed(address: address, message: reason)))
            }
        )
        return (listener, await listener.started())
    }

    /// Runs on the main thread: the terminal is not to be shared, and the loop owns the thread.
    @MainActor
    static func runLoop(
        runner: EffectRunner, state: AppState, figures: TrafficFigures?, tls: ReloadableTLS?, logger: Logger
    ) -> Result<Void, CLIError> {
        let terminal = Terminal()
        do {
            try terminal.start(colors: TerminalEnvironment.current().wantsColor)
        } catch {
            return .failure(
                CLIError(
                    "cannot open the terminal: \(error). The console needs an interactive terminal; use `scimdesk serve` to run only the listener."
                ))
        }
        defer { terminal.stop() }
        let loop = ConsoleLoop(terminal: terminal, runner: runner, state: state, theme: terminal.colorsEnabled ? .color : .monochrome)
        loop.figures = figures
        loop.run { shouldStop(terminal, tls: tls, logger: logger, messages: runner.messages) }
        return .success(())
    }

    /// SIGINT and SIGTERM stop the console, and so does losing the terminal (the SSH connection
    /// dropped, the tmux pane closed). A SIGHUP with the terminal still there is `kill -HUP`
    /// (certbot's deploy hook): the certificate files are re-read as `serve` re-reads them, and the
    /// console goes on. The terminal is checked on every turn, not only on SIGHUP, because whoever
    /// closes it may send the SIGHUP before the terminal is gone (tmux does).
    @MainActor
    static func shouldStop(_ terminal: Terminal, tls: ReloadableTLS?, logger: Logger, messages: MessageQueue) -> Bool {
        guard terminal.isConnected else { return true }
        guard let signal = terminal.pendingSignal else { return false }
        guard signal == SIGHUP else { return true }
        terminal.clearPendingSignal()
        guard let tls else {
            messages.post(.notice("SIGHUP: no TLS certificate to re-read (the listener serves plain HTTP)"))
            return false
        }
        switch CertificateReloader.reload(tls, logger: logger) {
        case .success(let line): messages.post(.notice(line))
        case .failure(let error): messages.post(.failed(error.description + "; fix the files and send SIGHUP again"))
        }
        return false
    }
}
