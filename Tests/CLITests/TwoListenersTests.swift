import Foundation
import SCIMClient
import TestSupport
import Testing

/// Two `scimdesk serve` processes on one PostgreSQL database, as behind a load balancer: what one
/// accepts, the other must see, and races between them must come out as on one listener.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"), .timeLimit(.minutes(5)))
struct TwoListenersTests {
    @Test("100 identical POSTs split over two listeners: exactly one 201, 20 rounds")
    func duplicateCreates() async throws {
        let directory = try SharedDirectory()
        defer { directory.remove() }
        let listeners = [try await directory.serve(), try await directory.serve()]
        defer { listeners.forEach { $0.process.stop() } }
        let clients = listeners.map(\.client)
        for round in 0..<20 {
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        try await clients[index % 2].send("POST", "/Users", json: SharedDirectory.user("dup\(round)@example.com")).status
                    }
                }
                return try await group.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect(statuses == [201: 1, 409: 99], "round \(round)")
        }
        #expect(try directory.sql("SELECT count(*) FROM users") == "20")
    }

    @Test("64 member adds split over two listeners: 64 members and a matching count")
    func concurrentMemberAdds() async throws {
        let directory = try SharedDirectory()
        defer { directory.remove() }
        let listeners = [try await directory.serve(), try await directory.serve()]
        defer { listeners.forEach { $0.process.stop() } }
        let clients = listeners.map(\.client)
        var userIDs: [String] = []
        for index in 0..<64 {
            let response = try await clients[index % 2].send("POST", "/Users", json: SharedDirectory.user("member\(index)@example.com"))
            userIDs.append(try #require(response.json?["id"] as? String))
        }
        let created = try await clients[0].send(
            "POST", "/Groups", json: ["schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Everyone"])
        let groupID = try #require(created.json?["id"] as? String)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for (index, userID) in userIDs.enumerated() {
                group.addTask {
                    let patch: [String: Any] = [
                        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                        "Operations": [["op": "add", "path": "members", "value": [["value": userID]]]],
                    ]
                    return try await clients[index % 2].send("PATCH", "/Groups/\(groupID)", json: patch).status
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0 == 200 || $0 == 204 }, "\(statuses.filter { $0 != 200 && $0 != 204 })")
        #expect(
            try directory.sql("SELECT member_count || ' ' || (SELECT count(*) FROM memberships WHERE group_id = g.id) FROM groups g")
                == "64 64")
        let fetched = try await clients[1].send("GET", "/Groups/\(groupID)")
        #expect((fetched.json?["members"] as? [Any])?.count == 64)
    }

    @Test("a token revoked through the CLI is refused by both listeners on their next request")
    func revokeEverywhere() async throws {
        let directory = try SharedDirectory()
        defer { directory.remove() }
        let listeners = [try await directory.serve(), try await directory.serve()]
        defer { listeners.forEach { $0.process.stop() } }
        for (process, client) in listeners {
            #expect(try await client.send("GET", "/Users?count=1").status == 200, "\(process.port)")
        }
        #expect(try directory.cli(["token", "revoke", "--idp", "Okta"]).status == 0)
        for (_, client) in listeners {
            let refused = try await client.send("GET", "/Users?count=1")
            #expect(refused.status == 401)
            #expect(refused.text.contains("revoked"))
        }
    }

    @Test("the breaker's window is shared: deactivations counted on one listener trip the other")
    func breakerSharedWindow() async throws {
        let directory = try SharedDirectory()
        defer { directory.remove() }
        #expect(try directory.cli(["idp", "set", "Okta", "--breaker", "users=3,window=10m"]).status == 0)
        let listeners = [try await directory.serve(), try await directory.serve()]
        defer { listeners.forEach { $0.process.stop() } }
        let clients = listeners.map(\.client)
        var ids: [String] = []
        for index in 0..<6 {
            let created = try await clients[0].send("POST", "/Users", json: SharedDirectory.user("leaver\(index)@example.com"))
            ids.append(try #require(created.json?["id"] as? String))
        }
        func deactivate(_ id: String, on client: SCIMHTTPClient) async throws -> HTTPExchange {
            let patch: [String: Any] = [
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                "Operations": [["op": "replace", "value": ["active": false]]],
            ]
            return try await client.send("PATCH", "/Users/\(id)", json: patch)
        }
        for (index, id) in ids.prefix(3).enumerated() {
            #expect(try await deactivate(id, on: clients[index % 2]).status == 200)
        }
        // The fourth, on either listener, exceeds the limit of 3 counted across both.
        for (index, id) in ids.suffix(3).enumerated() {
            let held = try await deactivate(id, on: clients[(index + 1) % 2])
            #expect(held.status == 503)
            #expect(held.header("Retry-After") == "300")
        }
        #expect(try directory.sql("SELECT count(*) FROM held_operations") == "3")
        #expect(try directory.sql("SELECT count(*) FROM users WHERE NOT active") == "3")
    }
}

/// The console of an operator on a third host: `--no-listener` on the shared database.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"), .timeLimit(.minutes(3)))
struct SharedConsoleTests {
    @Test("a console with --no-listener shows the traffic of both listeners")
    func consoleSeesBothListeners() async throws {
        let directory = try SharedDirectory()
        defer { directory.remove() }
        let listeners = [try await directory.serve(), try await directory.serve()]
        defer { listeners.forEach { $0.process.stop() } }
        let command =
            "env XDG_DATA_HOME='\(directory.files.path("data"))' '\(BuiltBinary.path)' console --no-listener "
            + directory.options.map { "'\($0)'" }.joined(separator: " ")
        let session = try TmuxSession(command: command, width: 120, height: 30)
        try session.send("5")
        try await session.waitFor("Traffic", timeout: 30)
        for (index, listener) in listeners.enumerated() {
            let created = try await listener.client.send("POST", "/Users", json: SharedDirectory.user("via-listener-\(index)@example.com"))
            #expect(created.status == 201)
        }
        try await session.waitFor("via-listener-0@example.com", timeout: 10)
        try await session.waitFor("via-listener-1@example.com", timeout: 10)
    }
}
