import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Requests that race each other get the answer one of them would get alone: a write that loses to a
/// DELETE is a 404, duplicates are one 201 and 409s, concurrent member adds all land.
@Suite struct ConcurrentWriteTests {
    static let rounds = 30

    /// Sends `write` and a DELETE of the same resource at once; returns both statuses.
    func race(_ client: SCIMHTTPClient, _ write: (String, String, [String: Any]), delete path: String) async throws -> (Int, Int) {
        let (method, target, body) = (write.0, write.1, try JSONSerialization.data(withJSONObject: write.2))
        async let written = client.send(method, target, body: body)
        async let deleted = client.send("DELETE", path)
        return (try await written.status, try await deleted.status)
    }

    @Test func aUserWriteRacingADeleteIs404() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            // Thirty deletions in a row are what the mass-deprovisioning breaker exists to hold.
            try await DeprovisioningBreaker(store: listener.store).setPolicy(try BreakerPolicy(parsing: "off"), for: idp, by: .cli)
            let entra = listener.client(token: token)
            var seen: [Int: Int] = [:]
            for round in 0..<Self.rounds {
                let name = "race\(round)@example.com"
                let id = try #require(try await entra.send("POST", "/Users", json: OktaBodies.createUser(name)).json?.string("id"))
                let write: (String, String, [String: Any]) =
                    switch round % 3 {
                    case 0: ("PATCH", "/Users/\(id)", OktaBodies.setActive(false))
                    case 1: ("PUT", "/Users/\(id)", OktaBodies.createUser(name, given: "New"))
                    default: ("DELETE", "/Users/\(id)", [:])
                    }
                let (written, deleted) = try await race(entra, write, delete: "/Users/\(id)")
                #expect([200, 204, 404].contains(written), "\(write.0) racing DELETE answered \(written)")
                #expect([204, 404].contains(deleted), "DELETE racing \(write.0) answered \(deleted)")
                seen[written, default: 0] += 1
            }
            #expect(seen[500] == nil)
        }
    }

    @Test func aGroupWriteRacingADeleteIs404() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            try await DeprovisioningBreaker(store: listener.store).setPolicy(try BreakerPolicy(parsing: "off"), for: idp, by: .cli)
            let okta = listener.client(token: token)
            let member = try #require(
                try await okta.send("POST", "/Users", json: OktaBodies.createUser("m@example.com")).json?.string("id"))
            for round in 0..<Self.rounds {
                let name = "Race \(round)"
                let id = try #require(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup(name)).json?.string("id"))
                let write: (String, String, [String: Any]) =
                    switch round % 3 {
                    case 0: ("PATCH", "/Groups/\(id)", OktaBodies.patch([["op": "add", "path": "members", "value": [["value": member]]]]))
                    case 1: ("PUT", "/Groups/\(id)", OktaBodies.createGroup(name + " renamed", members: [member]))
                    default: ("PATCH", "/Groups/\(id)", OktaBodies.patch([["op": "replace", "value": ["displayName": name + "!"]]]))
                    }
                let (written, deleted) = try await race(okta, write, delete: "/Groups/\(id)")
                #expect([200, 204, 404].contains(written), "\(write.0) racing DELETE answered \(written)")
                #expect([204, 404].contains(deleted), "DELETE racing \(write.0) answered \(deleted)")
            }
        }
    }

    @Test func duplicateCreatesMakeOneUserAndConcurrentMemberAddsAllLand() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            // A hundred requests at once on a busy 2-core machine can take longer than the usual 10 s timeout.
            let okta = SCIMHTTPClient(baseURL: listener.baseURL, bearerToken: token, timeout: 60)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<100 {
                    group.addTask { try await okta.send("POST", "/Users", json: OktaBodies.createUser("dup@example.com")).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 1)
            #expect(statuses.filter { $0 == 409 }.count == 99)

            var users: [String] = []
            for index in 0..<64 {
                users.append(
                    try #require(
                        try await okta.send("POST", "/Users", json: OktaBodies.createUser("m\(index)@example.com")).json?.string("id")))
            }
            let group = try #require(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Everyone")).json?.string("id"))
            let adds = try await withThrowingTaskGroup(of: Int.self) { tasks in
                for user in users {
                    tasks.addTask {
                        try await okta.send(
                            "PATCH", "/Groups/\(group)",
                            json: OktaBodies.patch([["op": "add", "path": "members", "value": [["value": user]]]])
                        ).status
                    }
                }
                return try await tasks.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(adds.allSatisfy { $0 == 200 || $0 == 204 }, "\(adds)")
            #expect(try await listener.store.members(ofGroup: group).count == 64)
            #expect(try await listener.store.group(id: group, idpID: idp.id, includeDeleted: false)?.memberCount == 64)
        }
    }
}
