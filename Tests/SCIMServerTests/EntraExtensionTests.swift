import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Entra names custom attributes by schema URN (docs/idp-wire.md §6.3): a `urn:…:Schema:attr[.sub]` path
/// addresses the attribute inside that schema's object, declared or not.
@Suite struct EntraExtensionTests {
    static let custom = "urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User"

    func createUser(_ entra: SCIMHTTPClient, costCentre: String = "CC1") async throws -> String {
        var body = OktaBodies.createUser("ext@example.com")
        body["schemas"] = [OktaBodies.userSchema, Self.custom]
        body[Self.custom] = ["costCentre": costCentre, "badge": ["number": "7"]]
        let created = try await entra.send("POST", "/Users", json: body)
        #expect(created.status == 201, "\(created.text)")
        return try #require(created.json?.string("id"))
    }

    func extensionObject(_ entra: SCIMHTTPClient, _ id: String) async throws -> [String: Any]? {
        try await entra.send("GET", "/Users/\(id)").json?[Self.custom] as? [String: Any]
    }

    @Test func replaceRemoveAndFilterByURNPath() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let entra = listener.client(token: token)
            let id = try await createUser(entra)

            let replaced = try await entra.send(
                "PATCH", "/Users/\(id)",
                json: OktaBodies.patch([["op": "Replace", "path": "\(Self.custom):costCentre", "value": "CC2"]]))
            #expect(replaced.status == 200, "\(replaced.text)")
            #expect(replaced.json?["\(Self.custom):costCentre"] == nil, "no top-level key named by the whole URN")
            #expect(try await extensionObject(entra, id)?["costCentre"] as? String == "CC2")

            let sub = try await entra.send(
                "PATCH", "/Users/\(id)",
                json: OktaBodies.patch([["op": "Replace", "path": "\(Self.custom):badge.number", "value": "8"]]))
            #expect(sub.status == 200, "\(sub.text)")
            #expect((try await extensionObject(entra, id)?["badge"] as? [String: Any])?["number"] as? String == "8")

            let filter = "\(Self.custom):costCentre eq \"CC2\"".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let found = try await entra.send("GET", "/Users?filter=\(filter)")
            #expect(found.status == 200, "\(found.text)")
            #expect(found.json?["totalResults"] as? Int == 1)

            let removed = try await entra.send(
                "PATCH", "/Users/\(id)", json: OktaBodies.patch([["op": "Remove", "path": "\(Self.custom):costCentre"]]))
            #expect(removed.status == 200, "\(removed.text)")
            #expect(try await extensionObject(entra, id)?["costCentre"] == nil)
            #expect((try await extensionObject(entra, id)?["badge"] as? [String: Any])?["number"] as? String == "8")
        }
    }

    @Test func noPathValueObjectKeyedByURNPaths() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let entra = listener.client(token: token)
            let id = try await createUser(entra)
            let patched = try await entra.send(
                "PATCH", "/Users/\(id)",
                json: OktaBodies.patch([
                    ["op": "Replace", "value": ["\(Self.custom):costCentre": "CC3", "\(OktaBodies.enterpriseSchema):department": "Ops"]]
                ]))
            #expect(patched.status == 200, "\(patched.text)")
            #expect(try await extensionObject(entra, id)?["costCentre"] as? String == "CC3")
            #expect((patched.json?[OktaBodies.enterpriseSchema] as? [String: Any])?["department"] as? String == "Ops")
            let schemas = patched.json?["schemas"] as? [String] ?? []
            #expect(schemas.contains(Self.custom))
        }
    }

    @Test func aPathThatNamesNothingIsInvalidPath() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Entra", kind: .entra)
            let entra = listener.client(token: token)
            let id = try await createUser(entra)
            let response = try await entra.send(
                "PATCH", "/Users/\(id)", json: OktaBodies.patch([["op": "Replace", "path": "nope.bad", "value": "x"]]))
            #expect(response.status == 400)
            #expect(response.json?.string("scimType") == "invalidPath")
            let stored = try #require(try await listener.store.user(id: id, idpID: idp.id))
            #expect(!stored.profile.document.pairs.contains { !$0.key.hasPrefix("urn:") && $0.key.contains(".") })
        }
    }
}
