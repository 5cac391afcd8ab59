import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TermUI
import TestSupport
import Testing

@testable import Console

/// Every shape in which a password can reach the listener, through a real listener and database,
/// then a search for the secrets in the database file, its WAL, the listener's log and every
/// Traffic screen of the console.
@Suite struct SecretLeakTests {
    static let marker = "Sekr1t"
    static let user = "urn:ietf:params:scim:schemas:core:2.0:User"
    static let patch = "urn:ietf:params:scim:api:messages:2.0:PatchOp"

    static func encodedFilter(_ filter: String) -> String {
        filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? filter
    }

    /// Method, path (relative to the base URL), body, content type.
    static func shapes(userID id: String) -> [(String, String, String?, String?)] {
        let json = "application/scim+json"
        func patchBody(_ operation: String) -> String { #"{"schemas":["\#(patch)"],"Operations":[\#(operation)]}"# }
        return [
            ("POST", "/Users", #"{"userName":"a1@example.com","password":"Sekr1t-1"}"#, json),
            ("POST", "/Users", #"{"userName":"a2@example.com","\#(user):password":"Sekr1t-2"}"#, json),
            ("POST", "/Users", #"{"userName":"a3@example.com","\#(user)":{"password":"Sekr1t-3"}}"#, json),
            ("PATCH", "/Users/\(id)", patchBody(#"{"op":"replace","path":"\#(user):password","value":"Sekr1t-4"}"#), json),
            ("PATCH", "/Users/\(id)", patchBody(#"{"op":"Replace","path":"PassWord","value":"Sekr1t-5"}"#), json),
            ("PATCH", "/Users/\(id)", patchBody(#"{"op":"replace","value":{"password":"Sekr1t-6"}}"#), json),
            ("PUT", "/Users/\(id)", #"{"userName":"plain@example.com","Password":"Sekr1t-7"}"#, json),
            ("POST", "/Users", #"{"userName":"a8@example.com","password":"Sekr1t-8""#, json),
            ("POST", "/Users", #"{"userName":"a9@example.com","p\u0061ssword":"Sekr1t-9",}"#, json),
            ("POST", "/Users", "userName=a10&password=Sekr1t-10", "application/x-www-form-urlencoded"),
            ("GET", "/Users?filter=\(Self.encodedFilter(#"password eq "Sekr1t-11""#))", nil, nil),
            ("GET", "/Users?filter=pass%77ord+eq+%22Sekr1t-12%22", nil, nil),
            ("GET", "/Users?filter=\(Self.encodedFilter(#"userName eq "x" and PASSWORD eq "Sekr1t-13""#))", nil, nil),
            ("PATCH", "/Users/\(id)", #"{"Operations":[{"op":"add","path":"\#(user):password","value":"Sekr1t-14"}"#, json),
            ("PATCH", "/Users/\(id)", patchBody(#"{"op":"add","path":"password","value":["Sekr1t-15"]}"#), json),
        ]
    }

    @Test func noShapeOfPasswordIsKeptAnywhere() async throws {
        try await withLiveListener { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let created = try await okta.send("POST", "/Users", body: Data(#"{"userName":"plain@example.com"}"#.utf8))
            let id = try #require(created.json?["id"] as? String)
            let shapes = Self.shapes(userID: id)
            for (method, path, body, contentType) in shapes {
                let response = try await okta.send(method, path, body: body.map { Data($0.utf8) }, contentType: contentType)
                #expect(response.status < 500, "\(method) \(path): \(response.text)")
                #expect(!response.text.contains(Self.marker), "\(method) \(path) echoed a secret: \(response.text)")
            }
            // The recorder's own loop may be writing a batch while this flush finds nothing left to write.
            var records: [TrafficRecord] = []
            for _ in 0..<100 where records.count < shapes.count + 1 {
                await listener.recorder.flush()
                records = try await listener.store.recentTraffic(limit: 100)
                if records.count < shapes.count + 1 { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(records.count == shapes.count + 1)
            // What is not a secret stays readable: the redaction names what it removed.
            #expect(records.filter { $0.path.contains("filter=") }.allSatisfy { $0.path.contains("redacted") })

            for name in try listener.directory.fileNames() where name.hasPrefix("scimdesk.sqlite") {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: listener.directory.path(name)))
                #expect(bytes.range(of: Data(Self.marker.utf8)) == nil, "a secret is in \(name)")
            }
            #expect(!listener.logs.text.contains(Self.marker), "a secret is in the log")

            // The Traffic list, and the detail of every record, on a screen tall enough for whole bodies.
            var state = AppState.empty(width: 160, height: 60)
            state.send(.start)
            state.send(.trafficLoaded(records))
            state.press(.c("5"))
            #expect(!state.screen().contains(Self.marker), "a secret is on the Traffic screen")
            for index in records.indices {
                state.press(.enter)
                let detail = state.screen()
                #expect(!detail.contains(Self.marker), "a secret is on the detail screen of record \(index):\n\(detail)")
                state.press(.escape, .c("j"))
            }
        }
    }
}
