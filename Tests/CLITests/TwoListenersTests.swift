import Foundation
import SCIMClient
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Two `scimdesk serve` processes on one PostgreSQL database, as behind a load balancer.
@Suite(.enabled(if: PostgresSubject.enabled, "PostgreSQL 15 server binaries not installed"), .timeLimit(.minutes(5)))
struct TwoListenersTests {
    @Test("duplicate creates, concurrent member adds and a CLI revoke, split over two listeners")
    func twoListenersOneDatabase() async throws {
        let cluster = try PostgresSubject.requireCluster()
        let database = try cluster.createDatabase()
        defer { try? cluster.dropDatabase(database) }
        let url = cluster.url(database: database)
        #expect(try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", url]).status == 0)
        let token = try BuiltBinary.run(["token", "generate", "--idp", "Okta"], environment: ["SCIMDESK_DATABASE": url]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let listeners = try (0..<2).map { _ in try Listener(databaseURL: url, token: token) }
        defer { listeners.forEach { $0.stop() } }
        for listener in listeners { try await listener.waitUntilReady() }
        let clients = listeners.map(\.client)

        // 20 rounds of 100 identical POSTs, alternating listeners: exactly one 201 each round.
        for round in 0..<20 {
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        let body: [String: Any] = [
                            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "dup\(round)@example.com",
                            "active": true,
                        ]
                        return try await clients[index % 2].send("POST", "/Users", json: body).status
                    }
                }
                return try await group.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect(statuses == [201: 1, 409: 99], "round \(round)")
        }

        // 64 users each added to one group by its own PATCH, split over both listeners.
        let userIDs = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let body: [String: Any] = [
                        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "member\(index)@example.com", "active": true,
                    ]
                    let response = try await clients[index % 2].send("POST", "/Users", json: body)
                    return try #require(response.json?["id"] as? String)
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        let created = try await clients[0].send(
            "POST", "/Groups", json: ["schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Everyone"])
        let groupID = try #require(created.json?["id"] as? String)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for (index, userID) in userIDs.enumerated() {
                group.addTask {
                    let patch: [String: Any] = [
                        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                        "Operations": [["op": "add", "path": "members", "value": [["value": userID]]]],
                    ]
                    return try await clients[index % 2].send("PATCH", "/Groups/\(groupID)", json: patch).status
                }
            }
            for try await status in group { #expect(status == 200 || status == 204) }
        }
        let counted = try cluster.sql(
            "SELECT member_count || ' ' || (SELECT count(*) FROM memberships WHERE group_id = groups.id) FROM groups WHERE id = '\(groupID)'",
            database: database)
        #expect(counted == "64 64")
        let fetched = try await clients[1].send("GET", "/Groups/\(groupID)")
        #expect((fetched.json?["members"] as? [Any])?.count == 64)

        // A revoke through the CLI (a third process) is refused by both listeners on their next request.
        #expect(try BuiltBinary.run(["token", "revoke", "--idp", "Okta", "--database", url]).status == 0)
        for client in clients { #expect(try await client.send("GET", "/Users?count=1").status == 401) }
    }
}

/// One `scimdesk serve` child process on a free port.
private struct Listener {
    let process: SpawnedProcess
    let client: SCIMHTTPClient

    init(databaseURL: String, token: String) throws {
        let port = Subprocess.freePort()
        process = try SpawnedProcess(
            BuiltBinary.path, ["serve", "--database", databaseURL, "--listen", "127.0.0.1:\(port)", "--db-pool", "4"])
        client = SCIMHTTPClient(baseURL: URL(string: "http://127.0.0.1:\(port)/scim/v2")!, bearerToken: token, timeout: 30)
    }

    func waitUntilReady() async throws {
        for _ in 0..<150 {
            if (try? await client.send("GET", "/Users?count=1").status) == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw PostgresCluster.ClusterError(description: "a listener did not come up")
    }

    func stop() {
        process.kill(SIGTERM)
        if process.wait(timeout: 10) == nil {
            process.kill()
            _ = process.wait(timeout: 5)
        }
    }
}
