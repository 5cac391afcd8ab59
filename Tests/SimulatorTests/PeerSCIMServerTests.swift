import Foundation
import SCIMClient
import TestSupport
import Testing

/// The test peer really makes the choices the simulator is tested against, and is a working server.
@Suite("The peer SCIM server of the tests")
struct PeerSCIMServerTests {
    static let patchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp"

    @Test("PATCH answers 204 with no body, and no response carries an ETag or meta.version")
    func otherChoices() async throws {
        try await withPeerSCIMServer { peer in
            let client = peer.client()
            let created = try await client.send("POST", "/Users", json: ["userName": "ada@example.com", "active": true])
            #expect(created.status == 201)
            #expect(created.header("ETag") == nil)
            let id = try #require(created.json?["id"] as? String)
            #expect((created.json?["meta"] as? [String: Any])?["version"] == nil)
            let patch: [String: Any] = [
                "schemas": [Self.patchOp], "Operations": [["op": "Replace", "path": "active", "value": "False"]],
            ]
            let patched = try await client.send("PATCH", "/Users/\(id)", json: patch)
            #expect(patched.status == 204)
            #expect(patched.body.isEmpty)
            let read = try await client.send("GET", "/Users/\(id)")
            #expect(read.header("ETag") == nil)
            #expect(read.json?["active"] as? Bool == false)
        }
    }

    @Test("A group created again after its DELETE gets a new id; the old one stays gone")
    func newIDs() async throws {
        try await withPeerSCIMServer { peer in
            let client = peer.client()
            let first = try await client.send("POST", "/Groups", json: ["displayName": "Sales"])
            let old = try #require(first.json?["id"] as? String)
            #expect(try await client.send("DELETE", "/Groups/\(old)").status == 204)
            let again = try await client.send("POST", "/Groups", json: ["displayName": "Sales"])
            let new = try #require(again.json?["id"] as? String)
            #expect(new != old)
            #expect(try await client.send("GET", "/Groups/\(old)").status == 404)
        }
    }

    @Test("Filters: userName eq ignores case and takes + or %20 for spaces; other filters are refused")
    func filters() async throws {
        try await withPeerSCIMServer { peer in
            let client = peer.client()
            _ = try await client.send("POST", "/Users", json: ["userName": "Ada.Lovelace@example.com"])
            for query in ["userName+eq+%22ada.lovelace%40example.com%22", "userName%20eq%20%22ADA.LOVELACE%40example.com%22"] {
                let found = try await client.send("GET", "/Users?filter=\(query)")
                #expect(found.json?["totalResults"] as? Int == 1, "\(query)")
            }
            let miss = try await client.send("GET", "/Users?filter=userName%20eq%20%22grace%40example.com%22")
            #expect(miss.json?["totalResults"] as? Int == 0)
            let refused = try await client.send("GET", "/Users?filter=userName%20sw%20%22a%22")
            #expect(refused.status == 400)
            #expect(refused.json?["scimType"] as? String == "invalidFilter")
        }
    }

    @Test("Members: add, remove by filter, unknown ids refused, excludedAttributes=members honoured")
    func members() async throws {
        try await withPeerSCIMServer { peer in
            let client = peer.client()
            let ada = try #require(try await client.send("POST", "/Users", json: ["userName": "ada"]).json?["id"] as? String)
            let alan = try #require(try await client.send("POST", "/Users", json: ["userName": "alan"]).json?["id"] as? String)
            let group = try #require(try await client.send("POST", "/Groups", json: ["displayName": "G"]).json?["id"] as? String)
            let add: [String: Any] = [
                "schemas": [Self.patchOp], "Operations": [["op": "add", "path": "members", "value": [["value": ada], ["value": alan]]]],
            ]
            #expect(try await client.send("PATCH", "/Groups/\(group)", json: add).status == 204)
            let remove: [String: Any] = [
                "schemas": [Self.patchOp], "Operations": [["op": "remove", "path": "members[value eq \"\(ada)\"]"]],
            ]
            #expect(try await client.send("PATCH", "/Groups/\(group)", json: remove).status == 204)
            let members = try await client.send("GET", "/Groups/\(group)").json?["members"] as? [[String: Any]]
            #expect(members?.compactMap { $0["value"] as? String } == [alan])
            let unknown: [String: Any] = [
                "schemas": [Self.patchOp], "Operations": [["op": "add", "path": "members", "value": [["value": "nobody"]]]],
            ]
            #expect(try await client.send("PATCH", "/Groups/\(group)", json: unknown).status == 400)
            let lookup = try await client.send("GET", "/Groups?excludedAttributes=members&filter=displayName%20eq%20%22g%22")
            let resources = lookup.json?["Resources"] as? [[String: Any]]
            #expect(resources?.count == 1)
            #expect(resources?.first?["members"] == nil)
        }
    }

    @Test("A wrong token gets 401 as a SCIM error")
    func unauthorized() async throws {
        try await withPeerSCIMServer { peer in
            let reply = try await peer.client(token: "wrong").send("GET", "/Users")
            #expect(reply.status == 401)
            #expect(reply.json?["status"] as? String == "401")
        }
    }
}
