import Foundation
import Hummingbird
import Logging
import NIOCore
import SCIMClient

/// A second SCIM server for testing the simulator against something that is not ScimDesk.
///
/// Small but real: an in-memory directory of users and groups behind `/scim/v2`, with bearer auth,
/// `userName eq` / `displayName eq` filters, paging, PUT, PATCH (attributes, `active`, `members`) and
/// DELETE. Where RFC 7644 leaves the server a choice it deliberately takes the other one from ScimDesk:
/// PATCH answers 204 with no body (§3.5.2), a group created again after its DELETE gets a new id
/// (ids are never reused), no `ETag` header and no `meta.version` (§3.14 makes versioning optional),
/// and group members come back as bare `value`s. Listens on 127.0.0.1 at an ephemeral port.
public final class PeerSCIMServer: Sendable {
    public static let basePath = "/scim/v2"

    public let baseURL: URL
    /// The bearer token every request must carry.
    public let token: String
    /// What the server holds, for tests to compare with what a run meant to do.
    public let directory: PeerDirectory
    private let task: Task<Void, any Error>

    public static func start(token: String = "peer-secret") async throws -> PeerSCIMServer {
        let directory = PeerDirectory()
        let router = Router()
        PeerRoutes(directory: directory, token: token).register(on: router.group(RouterPath(basePath)))
        var logger = Logger(label: "scimdesk.test.peer")
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "PeerSCIM"),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            throw URLError(.cannotConnectToHost)
        }
        let baseURL = URL(string: "http://127.0.0.1:\(port)\(basePath)")!
        return PeerSCIMServer(baseURL: baseURL, token: token, directory: directory, task: task)
    }

    private init(baseURL: URL, token: String, directory: PeerDirectory, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.token = token
        self.directory = directory
        self.task = task
    }

    /// A client with the server's token, or with `token` when given (a wrong one gets 401s).
    public func client(token: String? = nil) -> SCIMHTTPClient {
        SCIMHTTPClient(baseURL: baseURL, bearerToken: token ?? self.token, timeout: 10)
    }

    public func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

/// Runs `body` against a fresh peer server and stops it afterwards, also when `body` throws.
public func withPeerSCIMServer<T>(_ body: (PeerSCIMServer) async throws -> T) async throws -> T {
    let server = try await PeerSCIMServer.start()
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
