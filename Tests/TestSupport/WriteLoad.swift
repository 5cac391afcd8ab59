import Foundation
import SCIMClient
import Synchronization

/// Several clients creating users as fast as the listener takes them, until stopped; remembers which
/// creates were acknowledged (201) and when.
public final class WriteLoad: Sendable {
    public struct Outcome: Sendable {
        public let acknowledged: [(userName: String, at: ContinuousClock.Instant)]
        /// Answers other than 201 (a 5xx would be a lost or broken request).
        public let otherStatuses: [Int]
        /// Requests that got no HTTP answer (connection refused or closed).
        public let transportErrors: Int
    }

    private struct State {
        var acknowledged: [(String, ContinuousClock.Instant)] = []
        var otherStatuses: [Int] = []
        var transportErrors = 0
        var stopped = false
    }

    /// A reference the client tasks share with this object.
    private final class Shared: Sendable {
        let state = Mutex(State())
    }

    private let shared = Shared()
    private let tasks: [Task<Void, Never>]

    public init(baseURL: URL, token: String, clients: Int = 8, prefix: String = "load") {
        let shared = self.shared
        tasks = (0..<clients).map { client in
            Task {
                let http = SCIMHTTPClient(baseURL: baseURL, bearerToken: token, timeout: 10)
                var index = 0
                while !shared.state.withLock({ $0.stopped }) {
                    let name = "\(prefix)-\(client)-\(index)@example.com"
                    index += 1
                    let body: [String: Any] = ["schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": name, "active": true]
                    do {
                        let status = try await http.send("POST", "/Users", json: body).status
                        let now = ContinuousClock.now
                        shared.state.withLock { status == 201 ? $0.acknowledged.append((name, now)) : $0.otherStatuses.append(status) }
                    } catch {
                        shared.state.withLock { $0.transportErrors += 1 }
                        try? await Task.sleep(for: .milliseconds(20))
                    }
                }
            }
        }
    }

    public var acknowledgedCount: Int { shared.state.withLock { $0.acknowledged.count } }

    /// Waits until at least `count` creates were acknowledged (bounded by `seconds`).
    public func waitForAcknowledged(_ count: Int, seconds: Int = 30) async throws {
        for _ in 0..<(seconds * 20) where acknowledgedCount < count { try await Task.sleep(for: .milliseconds(50)) }
    }

    public var transportErrorCount: Int { shared.state.withLock { $0.transportErrors } }

    /// Waits until at least `count` requests got no HTTP answer (bounded by `seconds`): the clients keep
    /// sending, so once a listener is gone the next attempt of any of them records one.
    public func waitForTransportErrors(_ count: Int, seconds: Int = 5) async throws {
        for _ in 0..<(seconds * 20) where transportErrorCount < count { try await Task.sleep(for: .milliseconds(50)) }
    }

    /// Stops the clients and waits for their last requests.
    public func stop() async -> Outcome {
        shared.state.withLock { $0.stopped = true }
        for task in tasks { await task.value }
        return shared.state.withLock {
            Outcome(
                acknowledged: $0.acknowledged.map { (userName: $0.0, at: $0.1) }, otherStatuses: $0.otherStatuses,
                transportErrors: $0.transportErrors)
        }
    }
}
