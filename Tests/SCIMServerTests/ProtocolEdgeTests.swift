import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// HTTP edges of RFC 7644 that independent testers check: preconditions (§3.14), 405s, search by POST
/// (§3.4.3), and what `active` may be set to.
@Suite struct ProtocolEdgeTests {
    func makeUser(_ okta: SCIMHTTPClient, _ userName: String = "edge@example.com") async throws -> (id: String, etag: String) {
        let created = try await okta.send("POST", "/Users", json: OktaBodies.createUser(userName))
        #expect(created.status == 201, "\(created.text)")
        return (try #require(created.json?.string("id")), try #require(created.header("ETag")))
    }

    @Test func deleteHonoursIfMatch() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let (id, etag) = try await makeUser(okta)
            #expect(try await okta.send("PATCH", "/Users/\(id)", json: OktaBodies.setActive(false)).status == 200)
            let stale = try await okta.send("DELETE", "/Users/\(id)", extraHeaders: ["If-Match": etag])
            #expect(stale.status == 412, "\(stale.text)")
            #expect(try await okta.send("GET", "/Users/\(id)").status == 200)
            let current = try #require(try await okta.send("GET", "/Users/\(id)").header("ETag"))
            #expect(try await okta.send("DELETE", "/Users/\(id)", extraHeaders: ["If-Match": current]).status == 204)

            let group = try #require(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("G")).json?.string("id"))
            #expect(try await okta.send("DELETE", "/Groups/\(group)", extraHeaders: ["If-Match": "W/\"9\""]).status == 412)
            #expect(try await okta.send("DELETE", "/Groups/\(group)", extraHeaders: ["If-Match": "*"]).status == 204)
        }
    }

    @Test func ifMatchTakesAListAndNamesTheCurrentVersion() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let (id, _) = try await makeUser(okta)
            let listed = try await okta.send(
                "PATCH", "/Users/\(id)", body: try JSONSerialization.data(withJSONObject: OktaBodies.setActive(false)),
                extraHeaders: ["If-Match": "W/\"7\", W/\"1\""])
            #expect(listed.status == 200, "\(listed.text)")
            let stale = try await okta.send(
                "PATCH", "/Users/\(id)", body: try JSONSerialization.data(withJSONObject: OktaBodies.setActive(true)),
                extraHeaders: ["If-Match": "W/\"1\""])
            #expect(stale.status == 412)
            #expect(stale.json?.string("detail")?.contains("W/\"2\"") == true, "\(stale.text)")
        }
    }

    @Test func ifNoneMatchAnswers304() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let (id, etag) = try await makeUser(okta)
            let unchanged = try await okta.send("GET", "/Users/\(id)", extraHeaders: ["If-None-Match": etag])
            #expect(unchanged.status == 304)
            #expect(unchanged.body.isEmpty)
            #expect(unchanged.header("ETag") == etag)
            let other = try await okta.send("GET", "/Users/\(id)", extraHeaders: ["If-None-Match": "W/\"99\""])
            #expect(other.status == 200)
        }
    }

    @Test func methodNotAllowedListsTheRoutesMethods() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let collection = try await okta.send("PUT", "/Users", json: [:])
            #expect(collection.status == 405)
            #expect(collection.header("Allow") == "GET, POST")
            let item = try await okta.send("POST", "/Groups/abc", json: [:])
            #expect(item.header("Allow") == "GET, PUT, PATCH, DELETE")
            let discovery = try await okta.send("DELETE", "/Schemas")
            #expect(discovery.header("Allow") == "GET")
            let search = try await okta.send("GET", "/Users/.search")
            #expect(search.status == 405)
            #expect(search.header("Allow") == "POST")
            for response in [collection, item, discovery, search] {
                let allowed = try #require(response.header("Allow"))
                #expect(response.json?.string("detail")?.contains(allowed) == true, "\(response.text)")
            }
        }
    }

    @Test func searchByPost() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            for name in ["b@example.com", "a@example.com", "c@other.org"] { _ = try await makeUser(okta, name) }
            _ = try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Sales"))
            let search: [String: Any] = [
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                "filter": "userName ew \"example.com\"", "sortBy": "userName", "startIndex": 1, "count": 10,
                "attributes": ["userName"],
            ]
            let users = try await okta.send("POST", "/Users/.search", json: search)
            #expect(users.status == 200, "\(users.text)")
            #expect(users.json?["totalResults"] as? Int == 2)
            let resources = users.json?.array("Resources") ?? []
            #expect(resources.map { $0["userName"] as? String } == ["a@example.com", "b@example.com"])
            #expect(resources.first?["emails"] == nil)

            let groups = try await okta.send("POST", "/Groups/.search", json: ["filter": "displayName eq \"Sales\""])
            #expect(groups.json?["totalResults"] as? Int == 1, "\(groups.text)")
            let root = try await okta.send("POST", "/.search", json: ["filter": "userName eq \"a@example.com\""])
            #expect(root.status == 501)
            let bad = try await okta.send("POST", "/Users/.search", json: ["count": "ten"])
            #expect(bad.status == 400)

            let config = try await okta.send("GET", "/ServiceProviderConfig")
            #expect(config.json?.bool("filter.supported") == true)
        }
    }

    @Test func removingActiveIsRefusedWithWhatToDo() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let (id, _) = try await makeUser(okta)
            for operation in [["op": "remove", "path": "active"], ["op": "replace", "path": "active", "value": NSNull()]] as [[String: Any]]
            {
                let response = try await okta.send("PATCH", "/Users/\(id)", json: OktaBodies.patch([operation]))
                #expect(response.status == 400, "\(response.text)")
                #expect(response.json?.string("scimType") == "invalidValue")
                #expect(response.json?.string("detail")?.contains("false") == true)
            }
            #expect(try await listener.store.user(id: id, idpID: idp.id)?.profile.active == true)
            let schema = try await okta.send("GET", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")
            let active = schema.json?.array("attributes").first { $0["name"] as? String == "active" }
            #expect((active?["description"] as? String)?.contains("replace it with false") == true, "the schema says so too")
        }
    }

    @Test func groupPatchAnswersWithTheGroupWhenSmall() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let (user, _) = try await makeUser(okta)
            let group = try #require(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Small")).json?.string("id"))
            let added = try await okta.send(
                "PATCH", "/Groups/\(group)", json: OktaBodies.patch([["op": "add", "path": "members", "value": [["value": user]]]]))
            #expect(added.status == 200, "\(added.text)")
            #expect(added.json?.array("members").map { $0["value"] as? String } == [user])
            let removed = try await okta.send(
                "PATCH", "/Groups/\(group)", json: OktaBodies.patch([["op": "remove", "path": "members[value eq \"\(user)\"]"]]))
            #expect(removed.status == 200)
            #expect(removed.json?.array("members").isEmpty == true)
            #expect(removed.json?.string("displayName") == "Small")
        }
    }

    @Test func aReplacedTokenSaysSo() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            _ = try await TokenService(store: listener.store).generate(for: idp, by: .cli)
            let response = try await listener.client(token: token).send("GET", "/Users")
            #expect(response.status == 401)
            let detail = response.json?.string("detail") ?? ""
            #expect(detail.contains("replaced by a newer token on"), "\(detail)")
            #expect(!detail.contains("revoked"))
        }
    }

    @Test func userNamesDifferingOnlyInNormalisationAreOneUser() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let composed = "jos\u{E9}@example.com"
            let decomposed = "jose\u{301}@example.com"
            let first = try await okta.send("POST", "/Users", json: OktaBodies.createUser(composed))
            #expect(first.status == 201)
            #expect(first.json?.string("userName") == composed)
            #expect(try await okta.send("POST", "/Users", json: OktaBodies.createUser(decomposed.uppercased())).status == 409)
            let filter = encodedFilter("userName eq \"\(decomposed)\"")
            #expect(try await okta.send("GET", "/Users?filter=\(filter)").json?["totalResults"] as? Int == 1)
        }
    }

    @Test func unknownMemberIdsAreNamedInTrafficAndAudit() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let (user, _) = try await makeUser(okta)
            let ghost = "00000000-0000-0000-0000-00000000dead"
            let created = try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Mixed", members: [user, ghost]))
            #expect(created.status == 201)
            let audit = try await listener.store.auditEvents(AuditQuery(idpID: idp.id))
            #expect(audit.contains { $0.summary.contains("1 unknown member") && $0.summary.contains(ghost) }, "\(audit.map(\.summary))")
            await listener.recorder.flush()
            let traffic = try await listener.store.recentTraffic(limit: 10)
            #expect(traffic.contains { $0.summary.contains(ghost) }, "\(traffic.map(\.summary))")
        }
    }
}

@Suite struct GroupPatchAnswerTests {
    @Test func aGroupAboveTheLimitAnswers204() async throws {
        try await withLiveListener(configure: { $0.groupPatchRepresentationLimit = 1 }) { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            var users: [String] = []
            for index in 0..<2 {
                let created = try await okta.send("POST", "/Users", json: OktaBodies.createUser("m\(index)@example.com"))
                users.append(try #require(created.json?.string("id")))
            }
            let group = try #require(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Big")).json?.string("id"))
            let add = { (user: String) in OktaBodies.patch([["op": "add", "path": "members", "value": [["value": user]]]]) }
            #expect(try await okta.send("PATCH", "/Groups/\(group)", json: add(users[0])).status == 200)
            let above = try await okta.send("PATCH", "/Groups/\(group)", json: add(users[1]))
            #expect(above.status == 204)
            #expect(above.body.isEmpty)
            #expect(above.header("ETag") == "W/\"3\"")
            let asked = try await okta.send(
                "PATCH", "/Groups/\(group)?attributes=displayName",
                json: OktaBodies.patch([["op": "replace", "path": "displayName", "value": "Bigger"]]))
            #expect(asked.status == 200)
            #expect(asked.json?.string("displayName") == "Bigger")
        }
    }
}
