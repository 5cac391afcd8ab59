import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Entra's dialect: capitalised ops, string booleans, URN paths, value-filter paths, DELETE.
@Suite struct EntraDialectTests {
    @Test func entraPatchesAreUnderstood() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let entra = listener.client(token: token)
            let id = try #require(
                try await entra.send("POST", "/Users", json: OktaBodies.createUser("grace@example.com")).json?.string("id"))
            let patch = OktaBodies.patch([
                ["op": "Replace", "path": "emails[type eq \"work\"].value", "value": "grace.hopper@example.com"],
                ["op": "Add", "path": "\(OktaBodies.enterpriseSchema):department", "value": "Navy"],
                ["op": "Replace", "path": "name.familyName", "value": "Hopper"],
                ["op": "Replace", "path": "active", "value": "False"],
            ])
            let response = try await entra.send("PATCH", "/Users/\(id)", json: patch)
            #expect(response.status == 200, "\(response.text)")
            let stored = try #require(try await listener.store.user(id: id, idpID: idp.id))
            #expect(stored.profile.email == "grace.hopper@example.com")
            #expect(stored.profile.department == "Navy")
            #expect(stored.profile.familyName == "Hopper")
            #expect(stored.profile.active == false)

            #expect(try await entra.send("DELETE", "/Users/\(id)").status == 204)
            #expect(try await entra.send("GET", "/Users/\(id)").status == 404)
        }
    }

    @Test func entraRemovesMembersByValueList() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let entra = listener.client(token: token)
            let a = try #require(try await entra.send("POST", "/Users", json: OktaBodies.createUser("a@example.com")).json?.string("id"))
            let b = try #require(try await entra.send("POST", "/Users", json: OktaBodies.createUser("b@example.com")).json?.string("id"))
            let group = try #require(
                try await entra.send("POST", "/Groups", json: OktaBodies.createGroup("Ops", members: [a, b])).json?.string("id"))
            let response = try await entra.send(
                "PATCH", "/Groups/\(group)",
                json: OktaBodies.patch([
                    ["op": "Remove", "path": "members", "value": [["value": a]]]
                ]))
            #expect(response.status == 200)
            let members = (try await entra.send("GET", "/Groups/\(group)").json?["members"] as? [[String: Any]] ?? []).compactMap {
                $0["value"] as? String
            }
            #expect(members == [b])
        }
    }
}
