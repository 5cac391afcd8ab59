import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// docs/idp-wire.md §2.10, §2.11, E8 and E9: Push Groups, both flavours, plus the re-link rule.
@Suite struct GroupPushTests {
    func makeUsers(_ okta: SCIMHTTPClient, count: Int) async throws -> [String] {
        var ids: [String] = []
        for index in 0..<count {
            let created = try await okta.send("POST", "/Users", json: OktaBodies.createUser("member\(index)@example.com"))
            ids.append(try #require(created.json?.string("id")))
        }
        return ids
    }

    func memberIDs(_ group: [String: Any]?) -> Set<String> {
        Set((group?["members"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String })
    }

    @Test func oinGroupPushWithPatchAddRemoveReplaceRenameAndDelete() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let users = try await makeUsers(okta, count: 3)
            let filter = encodedFilter("displayName eq \"Test SCIMv2\"")
            #expect(try await okta.send("GET", "/Groups?filter=\(filter)&startIndex=1&count=100").json?.int("totalResults") == 0)

            let created = try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Test SCIMv2"))
            #expect(created.status == 201)
            let id = try #require(created.json?.string("id"))
            #expect(created.json?["schemas"] as? [String] == [OktaBodies.groupSchema])

            let add = OktaBodies.patch([
                ["op": "remove", "path": "members[value eq \"89bb1940-0000-0000-0000-000000000000\"]"],
                [
                    "op": "add", "path": "members",
                    "value": [
                        ["value": users[0], "display": "member0@example.com"],
                        ["value": users[1], "display": "member1@example.com"],
                    ],
                ],
            ])
            let patched = try await okta.send("PATCH", "/Groups/\(id)", json: add)
            #expect(patched.status == 200)
            #expect(memberIDs(patched.json) == [users[0], users[1]])
            #expect(patched.header("ETag") == "W/\"2\"")
            #expect(memberIDs(try await okta.send("GET", "/Groups/\(id)").json) == [users[0], users[1]])

            // Add appends and dedupes.
            _ = try await okta.send(
                "PATCH", "/Groups/\(id)",
                json: OktaBodies.patch([
                    ["op": "add", "path": "members", "value": [["value": users[1]], ["value": users[2]]]]
                ]))
            #expect(memberIDs(try await okta.send("GET", "/Groups/\(id)").json) == Set(users))

            // Remove by filter removes only that member.
            _ = try await okta.send(
                "PATCH", "/Groups/\(id)",
                json: OktaBodies.patch([
                    ["op": "remove", "path": "members[value eq \"\(users[0])\"]"]
                ]))
            #expect(memberIDs(try await okta.send("GET", "/Groups/\(id)").json) == [users[1], users[2]])

            // The rename Okta sends after every membership change: same name, then a real rename.
            let same = try await okta.send(
                "PATCH", "/Groups/\(id)",
                json: OktaBodies.patch([
                    ["op": "replace", "value": ["id": id, "displayName": "Test SCIMv2"]]
                ]))
            #expect(same.status == 200)
            #expect(same.header("ETag") == "W/\"4\"")
            // Asked for a representation, a PATCH answers 200 with the Group schema (not PatchOp).
            let renamed = try await okta.send(
                "PATCH", "/Groups/\(id)?excludedAttributes=members",
                json: OktaBodies.patch([
                    ["op": "replace", "value": ["id": id, "displayName": "Renamed"]]
                ]))
            #expect(renamed.status == 200)
            #expect(renamed.json?["schemas"] as? [String] == [OktaBodies.groupSchema])
            #expect(renamed.json?.string("displayName") == "Renamed")
            #expect(renamed.json?["members"] == nil)

            // Push Now: replace the full list.
            _ = try await okta.send(
                "PATCH", "/Groups/\(id)",
                json: OktaBodies.patch([
                    [
                        "op": "replace", "path": "members",
                        "value": [["value": users[0], "display": "u0"], ["value": users[2], "display": "u2"]],
                    ]
                ]))
            #expect(memberIDs(try await okta.send("GET", "/Groups/\(id)").json) == [users[0], users[2]])

            let list = try await okta.send("GET", "/Groups?startIndex=1&count=100")
            #expect(list.json?.int("totalResults") == 1)

            #expect(try await okta.send("DELETE", "/Groups/\(id)").status == 204)
            #expect(try await okta.send("GET", "/Groups/\(id)").status == 404)
            #expect(try await okta.send("GET", "/Groups?startIndex=1&count=100").json?.int("totalResults") == 0)
        }
    }

    @Test func aiwGroupPushWithPutOfTheFullMemberList() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let users = try await makeUsers(okta, count: 2)
            let id = try #require(
                try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Test SCIMv2", members: [users[0]])).json?.string("id"))
            #expect(try await okta.send("GET", "/Groups/\(id)").status == 200)
            let put = try await okta.send("PUT", "/Groups/\(id)", json: OktaBodies.createGroup("Test SCIMv2", members: [users[1]]))
            #expect(put.status == 200)
            #expect(memberIDs(put.json) == [users[1]])
            let user = try await okta.send("GET", "/Users/\(users[1])")
            #expect((user.json?["groups"] as? [[String: Any]])?.first?["value"] as? String == id)
        }
    }

    @Test func aDeletedGroupPushedAgainIsRelinkedUnderItsOldId() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let users = try await makeUsers(okta, count: 1)
            let id = try #require(
                try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Engineering", members: users)).json?.string("id"))
            #expect(try await okta.send("DELETE", "/Groups/\(id)").status == 204)

            let again = try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("engineering", members: users))
            #expect(again.status == 201)
            #expect(again.json?.string("id") == id)
            #expect(memberIDs(again.json) == Set(users))
            let events = try await listener.store.auditEvents(AuditQuery(resourceID: id))
            #expect(events.contains { $0.action == .groupRelinked && $0.summary.contains("re-linked") })
            let group = try #require(try await listener.store.group(id: id, idpID: idp.id, includeDeleted: false))
            #expect(group.relinkCount == 1)
        }
    }

    @Test func concurrentPatchesToOneGroupNeverLoseAMember() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let users = try await makeUsers(okta, count: 24)
            let id = try #require(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Busy")).json?.string("id"))
            try await withThrowingTaskGroup(of: Int.self) { group in
                for user in users {
                    group.addTask {
                        try await okta.send(
                            "PATCH", "/Groups/\(id)",
                            json: OktaBodies.patch([
                                ["op": "add", "path": "members", "value": [["value": user]]]
                            ])
                        ).status
                    }
                }
                for try await status in group { #expect(status == 200) }
            }
            #expect(memberIDs(try await okta.send("GET", "/Groups/\(id)").json) == Set(users))
        }
    }

    @Test func excludedMembersSkipsTheMemberList() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let entra = listener.client(token: token)
            let users = try await makeUsers(entra, count: 2)
            _ = try await entra.send("POST", "/Groups", json: OktaBodies.createGroup("Sales", members: users))
            let filter = encodedFilter("displayName eq \"Sales\"")
            let response = try await entra.send("GET", "/Groups?excludedAttributes=members&filter=\(filter)")
            let group = try #require(response.json?.array("Resources").first)
            #expect(group["members"] == nil)
            #expect(group.string("displayName") == "Sales")
        }
    }
}
