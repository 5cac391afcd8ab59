import Foundation
import Provisioning
import SCIMClient
import SQLiteStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A 201 is a promise: users the listener acknowledged are there after the process is killed.
@Suite struct DurabilityTests {
    @Test func acknowledgedCreatesSurviveAKill() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("durable.sqlite")
        _ = try BuiltBinary.run(["idp", "add", "--name", "Okta", "--database", database])
        let token = try BuiltBinary.run(["token", "generate", "--idp", "Okta", "--database", database]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let port = Subprocess.freePort()

        let server = try SpawnedProcess(BuiltBinary.path, ["serve", "--database", database, "--listen", "127.0.0.1:\(port)"])
        defer {
            server.kill()
            _ = server.wait(timeout: 5)
        }

        let client = SCIMHTTPClient(baseURL: URL(string: "http://127.0.0.1:\(port)/scim/v2")!, bearerToken: token, timeout: 5)
        var ready = false
        for _ in 0..<100 where !ready {
            ready = (try? await client.send("GET", "/Users?count=1").status) == 200
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(ready, "the listener did not come up")

        let acknowledged = try await withThrowingTaskGroup(of: String?.self) { group in
            for index in 0..<120 {
                group.addTask {
                    let name = "durable\(index)@example.com"
                    let body: [String: Any] = ["schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": name, "active": true]
                    return try await client.send("POST", "/Users", json: body).status == 201 ? name : nil
                }
            }
            var names: [String] = []
            for try await name in group { if let name { names.append(name) } }
            return names
        }
        server.kill()
        #expect(server.wait(timeout: 10) == 128 + SIGKILL)
        #expect(acknowledged.count == 120)

        let store = try SQLiteStore(path: database)
        defer { try? store.close() }
        let idp = try #require(try await store.identityProvider(named: "Okta"))
        let stored = try await store.users(idpID: idp.id, query: ListQuery(count: 1_000))
        #expect(Set(stored.items.map(\.profile.userName)).isSuperset(of: acknowledged))
    }
}
