import ArgumentParser
import Console
import Foundation
import Logging
import NcursesTerminal
import Provisioning
import SCIMServer
import SQLiteStore
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
            let store = try global.openStore()
            defer { try? store.close() }
            try await ConsoleSession(
                store: store, listener: noListener ? nil : configuration,
                logPath: URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("scimdesk.log").path
            ).run()
        }
    }
}

/// One run of the console: logging to a file, the embedded listener, the terminal, the loop, and an
/// orderly shutdown in reverse.
struct ConsoleSession {
    let store: SQLiteStore
    /// nil: database only.
    let listener: SCIMServerConfiguration?
    let logPath: String
    /// Work to start once the listener runs (the demo's simulator).
    var onListening: (@Sendable (MessageQueue) -> Void)? = nil

    func run() async throws {
        let sink = FileLogHandler.Sink(path: logPath)
        LoggingSystem.bootstrap { FileLogHandler(label: $0, sink: sink) }
        let logger = Logger(label: "scimdesk")
        let runner = EffectRunner(store: store)
        var embedded: EmbeddedListener?
        var status = ListenerStatus.databaseOnly
        if let listener {
            let address = ListenAddress(host: listener.host, port: listener.port).description
            status = .starting(address: address)
            let messages = runner.messages
            let onListening = self.onListening
            embedded = EmbeddedListener(
                store: store, configuration: listener, logger: logger,
                onRunning: {
                    messages.post(.listenerChanged(.running(address: address)))
                    onListening?(messages)
                },
                onFailure: { messages.post(.listenerChanged(.failed(address: address, message: $0))) }
            )
        }
        let initial = AppState(now: Date(), listener: status, scimBaseURL: listener?.baseURL)
        let outcome = await MainActor.run { Self.runLoop(runner: runner, state: initial) }
        await embedded?.stop()
        if case .failure(let error) = outcome { throw error }
    }

    /// Runs on the main thread: the terminal is not to be shared, and the loop owns the thread.
    @MainActor
    static func runLoop(runner: EffectRunner, state: AppState) -> Result<Void, CLIError> {
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
        loop.run { terminal.pendingSignal != nil }
        return .success(())
    }
}
