import Foundation
import Hummingbird
import Logging
import NIOCore
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import ServiceLifecycle

/// A real SCIM listener on 127.0.0.1 (an ephemeral port) over a real SQLite file, for HTTP tests.
public final class LiveListener: Sendable {
    public let store: SQLiteStore
    public let recorder: TrafficRecorder
    public let baseURL: URL
    public let directory: TemporaryDirectory
    /// Everything the listener logged at `info` and above.
    public let logs: LogCapture
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    /// Starts a listener; `configure` may change the configuration (the port is always ephemeral).
    public static func start(
        clock: WallClock = .system, configure: (inout SCIMServerConfiguration) -> Void = { _ in }
    ) async throws -> LiveListener {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("scimdesk.sqlite"))
        var configuration = SCIMServerConfiguration(host: "127.0.0.1", port: 0)
        configure(&configuration)
        configuration.port = 0
        let recorder = TrafficRecorder(store: store, interval: .milliseconds(20))
        let logs = LogCapture()
        let logger = Logger(label: "scimdesk.test") { logs.handler(label: $0) }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = SCIMListener.makeApplication(
            store: store, configuration: configuration, recorder: recorder, logger: logger, clock: clock,
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) }
        )
        let group = ServiceGroup(configuration: .init(services: [.init(service: app)], gracefulShutdownSignals: [], logger: logger))
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            await BoundedShutdown.stop(group, running: task)
            throw URLError(.cannotConnectToHost)
        }
        let base = URL(string: "http://127.0.0.1:\(port)\(configuration.basePath)")!
        return LiveListener(store: store, recorder: recorder, baseURL: base, directory: directory, logs: logs, group: group, task: task)
    }

    private init(
        store: SQLiteStore, recorder: TrafficRecorder, baseURL: URL, directory: TemporaryDirectory, logs: LogCapture,
        group: ServiceGroup, task: Task<Void, any Error>
    ) {
        self.group = group
        self.store = store
        self.recorder = recorder
        self.baseURL = baseURL
        self.directory = directory
        self.logs = logs
        self.task = task
    }

    /// A client that authenticates with `token` (a raw secret) or sends no Authorization header.
    public func client(token: String?) -> SCIMHTTPClient {
        SCIMHTTPClient(baseURL: baseURL, bearerToken: token, timeout: 30)
    }

    /// A client that sends `authorization` verbatim as the header value.
    public func client(authorization: String?) -> SCIMHTTPClient {
        SCIMHTTPClient(baseURL: baseURL, authorization: authorization, timeout: 30)
    }

    /// Adds an IdP and generates its token, as an operator would.
    public func addIdentityProvider(_ name: String, kind: IdentityProvider.Kind = .okta) async throws -> (IdentityProvider, String) {
        let idp = try await IdentityProviderService(store: store).add(name: name, kind: kind, by: .cli)
        let issued = try await TokenService(store: store).generate(for: idp, by: .cli)
        return (idp, issued.secret.text)
    }

    /// Stops gracefully (as `serve` does), so connections still being set up are not torn down by a
    /// cancellation, which NIO does not survive; see `BoundedShutdown`.
    public func stop() async {
        await BoundedShutdown.stop(group, running: task)
        try? store.close()
        directory.remove()
    }
}

/// Runs `body` against a fresh listener and stops it afterwards, also when `body` throws.
public func withLiveListener<T>(
    clock: WallClock = .system, configure: (inout SCIMServerConfiguration) -> Void = { _ in },
    _ body: (LiveListener) async throws -> T
) async throws -> T {
    let listener = try await LiveListener.start(clock: clock, configure: configure)
    do {
        let result = try await body(listener)
        await listener.stop()
        return result
    } catch {
        await listener.stop()
        throw error
    }
}
