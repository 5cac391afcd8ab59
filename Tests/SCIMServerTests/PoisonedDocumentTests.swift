import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// No request can store a document that cannot be read back, and a row that is unreadable anyway
/// (written by an older version, or edited by hand) costs that row its extra attributes, never the
/// directory.
@Suite struct PoisonedDocumentTests {
    /// `levels` arrays nested inside each other around a string.
    static func nestedArrays(_ levels: Int) -> String {
        String(repeating: "[", count: levels) + "\"deep\"" + String(repeating: "]", count: levels)
    }

    @Test func aValueThatNormalisationPushesTooDeepIsRefused() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            // 64 levels as sent; wrapping the single `emails` object in an array would store 65.
            let poisoned = #"{"userName":"p@example.com","emails":{"value":"p@example.com","x":\#(Self.nestedArrays(62))}}"#
            let refused = try await okta.send("POST", "/Users", body: Data(poisoned.utf8))
            #expect(refused.status == 400, "\(refused.text)")
            #expect(refused.json?.string("scimType") == "invalidValue")
            #expect(refused.json?.string("detail")?.contains("emails") == true, "\(refused.text)")
            #expect(try await listener.store.users(idpID: idp.id, query: ListQuery()).totalResults == 0)

            // The same depth arriving through PUT and PATCH, and on a group, is refused too.
            let created = try await okta.send("POST", "/Users", json: OktaBodies.createUser("ok@example.com"))
            let id = try #require(created.json?.string("id"))
            let deepPut = #"{"userName":"ok@example.com","extra":\#(Self.nestedArrays(40))}"#
            #expect(try await okta.send("PUT", "/Users/\(id)", body: Data(deepPut.utf8)).status == 400)
            let deepPatch =
                #"{"schemas":["\#(OktaBodies.patchSchema)"],"Operations":[{"op":"add","path":"extra","value":\#(Self.nestedArrays(40))}]}"#
            #expect(try await okta.send("PATCH", "/Users/\(id)", body: Data(deepPatch.utf8)).status == 400)
            let deepGroup = #"{"displayName":"Deep","extra":\#(Self.nestedArrays(40))}"#
            #expect(try await okta.send("POST", "/Groups", body: Data(deepGroup.utf8)).status == 400)

            let read = try await okta.send("GET", "/Users/\(id)")
            #expect(read.status == 200)
            #expect(read.json?["extra"] == nil)
        }
    }

    @Test func valuesUpToTheLimitAreStoredAndReadBack() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            // The document is level 1, `extra` holds the arrays: 31 more levels is the deepest accepted.
            let body = #"{"userName":"edge@example.com","extra":\#(Self.nestedArrays(DocumentLimits.maximumDepth - 1))}"#
            let created = try await okta.send("POST", "/Users", body: Data(body.utf8))
            #expect(created.status == 201, "\(created.text)")
            let id = try #require(created.json?.string("id"))
            let read = try await okta.send("GET", "/Users/\(id)")
            #expect(read.status == 200)
            #expect(read.text.contains(Self.nestedArrays(DocumentLimits.maximumDepth - 1)))
        }
    }

    @Test func anUnreadableRowIsServedFromItsColumnsAndHealedByTheNextWrite() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let broken = try #require(
                try await okta.send("POST", "/Users", json: OktaBodies.createUser("broken@example.com")).json?.string("id"))
            let intact = try #require(
                try await okta.send("POST", "/Users", json: OktaBodies.createUser("intact@example.com")).json?.string("id"))
            // Written by hand: 70 levels, beyond what the store's reader accepts.
            try SQLiteShell.execute(
                "UPDATE users SET document = '{\"x\":\(Self.nestedArrays(70))}' WHERE id = '\(broken)'",
                database: listener.store.path)

            let read = try await okta.send("GET", "/Users/\(broken)")
            #expect(read.status == 200, "\(read.text)")
            #expect(read.json?.string("userName") == "broken@example.com")
            #expect(read.json?.string("name.givenName") == "Test")
            #expect(read.json?.array("emails").first?.string("value") == "broken@example.com")
            let stored = try #require(try await listener.store.user(id: broken, idpID: idp.id))
            #expect(stored.damage?.contains("not readable") == true)

            let page = try await okta.send("GET", "/Users")
            #expect(page.status == 200)
            #expect(page.json?.int("totalResults") == 2)
            let lookup = try await okta.send("GET", "/Users?filter=\(encodedFilter("userName eq \"broken@example.com\""))")
            #expect(lookup.json?.array("Resources").first?.string("id") == broken)
            let search = try await okta.send("GET", "/Users?filter=\(encodedFilter("name.givenName eq \"Test\""))")
            #expect(search.status == 200 && search.json?.int("totalResults") == 2)
            #expect(try await okta.send("GET", "/Users/\(intact)").status == 200)

            // Okta's answer to a 409 is a lookup and a PUT: that write stores a readable document again.
            #expect(try await okta.send("POST", "/Users", json: OktaBodies.createUser("broken@example.com")).status == 409)
            let put = try await okta.send("PUT", "/Users/\(broken)", json: OktaBodies.createUser("broken@example.com", given: "Fixed"))
            #expect(put.status == 200, "\(put.text)")
            let healed = try #require(try await listener.store.user(id: broken, idpID: idp.id))
            #expect(healed.damage == nil)
            #expect(healed.profile.document["name"]?.objectValue?["givenName"] == "Fixed")
            #expect(try await okta.send("DELETE", "/Users/\(broken)").status == 204)
        }
    }

    @Test func anUnreadableGroupRowStillListsAndDeletes() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let id = try #require(try await okta.send("POST", "/Groups", json: OktaBodies.createGroup("Sales")).json?.string("id"))
            try SQLiteShell.execute("UPDATE groups SET document = 'not json' WHERE id = '\(id)'", database: listener.store.path)
            let read = try await okta.send("GET", "/Groups/\(id)")
            #expect(read.status == 200, "\(read.text)")
            #expect(read.json?.string("displayName") == "Sales")
            #expect(try await listener.store.group(id: id, idpID: idp.id, includeDeleted: false)?.damage != nil)
            #expect(try await okta.send("GET", "/Groups").json?.int("totalResults") == 1)
            #expect(try await okta.send("DELETE", "/Groups/\(id)").status == 204)
        }
    }
}
