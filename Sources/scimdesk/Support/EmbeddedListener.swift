import Hummingbird
import Logging
import NIOCore
import Provisioning
import SCIMServer
import ServiceLifecycle
import Synchronization

/// The SCIM listener running in the background of the console's process.
///
/// It runs in a detached task so the console loop can own the main thread, and in its own service
/// group without signal handlers: the terminal takes SIGINT/SIGTERM/SIGHUP and the console decides
/// when to stop, then shuts the listener down gracefully (in-flight requests finish, traffic flushes).
final class EmbeddedListener: Sendable {
    /// How the start went: the port actually bound (the one asked for, or the one the system
    /// picked for port 0), or why it could not listen.
    enum Start: Sendable {
        case running(port: Int)
        case failed(String)
    }

    private let group: ServiceGroup
    private let task: Task<Void, Never>
    private let starts: AsyncStream<Start>

    /// Starts listening; `onRunning` and `onFailure` are called from the listener's task. A failure
    /// to start is answered by ``started()`` only; `onFailure` reports failures after that, so a
    /// failed first attempt cannot mark a later, working one as failed.
    init(
        store: any Store, configuration: SCIMServerConfiguration, logger: Logger,
        onRunning: @escaping @Sendable (Int) -> Void, onFailure: @escaping @Sendable (String) -> Void
    ) {
        let (starts, signal) = AsyncStream.makeStream(of: Start.self, bufferingPolicy: .bufferingOldest(2))
        self.starts = starts
        let hasRun = Mutex(false)
        let app = SCIMListener.makeApplication(
            store: store, configuration: configuration, recorder: TrafficRecorder(store: store), logger: logger,
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                hasRun.withLock { $0 = true }
                signal.yield(.running(port: port))
                onRunning(port)
            }
        )
        let group = ServiceGroup(
            configuration: .init(services: [.init(service: app)], gracefulShutdownSignals: [], logger: logger)
        )
        self.group = group
        task = Task.detached {
            do {
                try await group.run()
            } catch {
                let reason = EmbeddedListener.describe(error)
                signal.yield(.failed(reason))
                if hasRun.withLock({ $0 }) { onFailure(reason) }
            }
            signal.finish()
        }
    }

    /// Waits until the listener either listens or gives up, so nothing is shown before it is known
    /// which address this process serves.
    func started() async -> Start {
        for await start in starts { return start }
        return .failed("the listener stopped before it started")
    }

    /// Stops accepting requests, lets the ones in flight finish, flushes traffic, and waits, for at
    /// most `drain`; then cancels what is left and waits at most one more second. A client that keeps
    /// a connection busy (the demo's simulator, a retrying IdP) must not keep the process alive after
    /// the console closed.
    func stop(drain: Duration = .seconds(5)) async {
        await BoundedShutdown.stop(group, running: task, drain: drain)
    }

    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") { return "address already in use" }
        return text
    }
}
