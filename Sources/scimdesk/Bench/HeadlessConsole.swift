import Console
import Foundation
import Logging
import Provisioning
import SCIMServer
import SQLiteStore
import ServiceLifecycle
import TermUI
import UnixSignals

/// The SCIM listener plus the real console (`EffectRunner` on the same store, `ConsoleLoop` with
/// `update`/`render`) on a `HeadlessTerminal`, in one process: what an operator watching the Traffic
/// view costs the listener. Stops on SIGTERM/SIGINT like `serve`.
struct HeadlessConsole {
    let store: SQLiteStore
    let configuration: SCIMServerConfiguration
    let framesPerSecond: Double
    let width: Int
    let height: Int

    struct Stats: CustomStringConvertible {
        var frames: Int
        var elapsed: Duration
        var idle: Duration
        var lastFrame: String?

        var description: String {
            let seconds = max(elapsed.seconds, 0.001)
            let busyMicros = (elapsed - idle).seconds * 1e6 / Double(max(frames, 1))
            return String(
                format: "console-load: %d frames in %.1f s (%.1f fps), %.0f µs of loop work per frame", frames, seconds,
                Double(frames) / seconds, busyMicros
            )
        }
    }

    func run() async throws -> Stats {
        var logger = Logger(label: "scimdesk")
        logger.logLevel = .notice
        let address = "\(configuration.host):\(configuration.port)"
        let app = SCIMListener.makeApplication(
            store: store, configuration: configuration, recorder: TrafficRecorder(store: store), logger: logger,
            onServerRunning: { _ in Output.note("ScimDesk SCIM listener with headless console: \(configuration.baseURL)") }
        )
        let group = ServiceGroup(
            configuration: .init(services: [.init(service: app)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        )
        let stop = StopFlag()
        let listenerTask = Task.detached {
            defer { stop.set() }
            try await group.run()
        }
        let runner = EffectRunner(store: store)
        _ = MetricsBootstrap.registry
        let figures = MetricsBootstrap.figures
        let state = AppState(
            now: Date(), width: width, height: height, listener: .running(address: address), scimBaseURL: configuration.baseURL
        )
        let (fps, width, height) = (framesPerSecond, width, height)
        let stats = await MainActor.run {
            let terminal = HeadlessTerminal(width: width, height: height, framesPerSecond: fps)
            let loop = ConsoleLoop(terminal: terminal, runner: runner, state: state, theme: .color)
            loop.figures = figures
            let start = ContinuousClock.now
            loop.run { stop.isSet }
            return Stats(
                frames: terminal.frames, elapsed: ContinuousClock.now - start, idle: terminal.idleTime,
                lastFrame: terminal.lastFrame?.text()
            )
        }
        try await listenerTask.value
        return stats
    }
}
