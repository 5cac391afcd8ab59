import Hummingbird
import Logging
import Provisioning
import SCIMServer
import ServiceLifecycle

/// The SCIM listener running in the background of the console's process.
///
/// It runs in a detached task so the console loop can own the main thread, and in its own service
/// group without signal handlers: the terminal takes SIGINT/SIGTERM/SIGHUP and the console decides
/// when to stop, then shuts the listener down gracefully (in-flight requests finish, traffic flushes).
final class EmbeddedListener: Sendable {
    private let group: ServiceGroup
    private let task: Task<Void, Never>

    /// Starts listening; `onRunning` and `onFailure` are called from the listener's task.
    init(
        store: any Store, configuration: SCIMServerConfiguration, logger: Logger,
        onRunning: @escaping @Sendable () -> Void, onFailure: @escaping @Sendable (String) -> Void
    ) {
        let app = SCIMListener.makeApplication(
            store: store, configuration: configuration, recorder: TrafficRecorder(store: store), logger: logger,
            onServerRunning: { _ in onRunning() }
        )
        let group = ServiceGroup(
            configuration: .init(services: [.init(service: app)], gracefulShutdownSignals: [], logger: logger)
        )
        self.group = group
        task = Task.detached {
            do {
                try await group.run()
            } catch {
                onFailure(EmbeddedListener.describe(error))
            }
        }
    }

    /// Stops accepting requests, lets the ones in flight finish, flushes traffic, and waits.
    func stop() async {
        await group.triggerGracefulShutdown()
        await task.value
    }

    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") { return "address already in use" }
        return text
    }
}
