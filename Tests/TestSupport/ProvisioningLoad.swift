import Foundation
import SCIMClient
import Synchronization

/// Clients provisioning as an IdP does, until stopped: each creates a user (POST), renames it (PATCH)
/// and adds it to a group (PATCH members), then goes on with the next user. Remembers every write the
/// listener acknowledged, to be checked after the listener was killed.
public final class ProvisioningLoad: Sendable {
    public struct Acknowledged: Sendable {
        /// userName → id of every 201.
        public var users: [String: String] = [:]
        /// id → displayName of every acknowledged rename.
        public var displayNames: [String: String] = [:]
        /// Every acknowledged member add.
        public var members: [(group: String, user: String)] = []
        /// Answers that were neither success nor a refusal a load like this can meet (5xx and the like).
        public var unexpectedStatuses: [Int] = []
        /// Requests that got no HTTP answer (the listener was gone).
        public var transportErrors = 0

        public init() {}
    }

    private final class Shared: Sendable {
        let state = Mutex((acknowledged: Acknowledged(), stopped: false))
    }

    private let shared = Shared()
    private let tasks: [Task<Void, Never>]

    public init(baseURL: URL, token: String, group: String, clients: Int = 8, prefix: String) {
        let shared = self.shared
        tasks = (0..<clients).map { client in
            Task {
                let http = SCIMHTTPClient(baseURL: baseURL, bearerToken: token, timeout: 10)
                var index = 0
                while !shared.state.withLock({ $0.stopped }) {
                    index += 1
                    let userName = "\(prefix)-\(client)-\(index)@example.com"
                    if await !Self.provision(userName, group: group, http, shared) {
                        try? await Task.sleep(for: .milliseconds(20))
                    }
                }
            }
        }
    }

    /// One user's three writes; false once one got no answer or an unexpected one.
    private static func provision(_ userName: String, group: String, _ http: SCIMHTTPClient, _ shared: Shared) async -> Bool {
        let user: [String: Any] = ["schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": userName, "active": true]
        guard let created = await send(http, shared, "POST", "/Users", user, expecting: [201]),
            let id = created.json?["id"] as? String
        else { return false }
        shared.state.withLock { $0.acknowledged.users[userName] = id }
        let displayName = "Renamed \(userName)"
        let rename: [String: Any] = [
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [["op": "replace", "path": "displayName", "value": displayName]],
        ]
        guard await send(http, shared, "PATCH", "/Users/\(id)", rename, expecting: [200, 204]) != nil else { return false }
        shared.state.withLock { $0.acknowledged.displayNames[id] = displayName }
        let add: [String: Any] = [
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [["op": "add", "path": "members", "value": [["value": id]]]],
        ]
        guard await send(http, shared, "PATCH", "/Groups/\(group)", add, expecting: [200, 204]) != nil else { return false }
        shared.state.withLock { $0.acknowledged.members.append((group, id)) }
        return true
    }

    private static func send(
        _ http: SCIMHTTPClient, _ shared: Shared, _ method: String, _ path: String, _ body: [String: Any], expecting: Set<Int>
    ) async -> HTTPExchange? {
        do {
            let exchange = try await http.send(method, path, json: body)
            if expecting.contains(exchange.status) { return exchange }
            shared.state.withLock { $0.acknowledged.unexpectedStatuses.append(exchange.status) }
        } catch {
            shared.state.withLock { $0.acknowledged.transportErrors += 1 }
        }
        return nil
    }

    public var acknowledgedUsers: Int { shared.state.withLock { $0.acknowledged.users.count } }

    /// Waits until at least `count` creates were acknowledged (bounded by `seconds`).
    public func waitForAcknowledgedUsers(_ count: Int, seconds: Int = 60) async throws {
        for _ in 0..<(seconds * 20) where acknowledgedUsers < count { try await Task.sleep(for: .milliseconds(50)) }
    }

    /// Stops the clients, waits for their last requests and returns what was acknowledged.
    public func stop() async -> Acknowledged {
        shared.state.withLock { $0.stopped = true }
        for task in tasks { await task.value }
        return shared.state.withLock { $0.acknowledged }
    }
}
