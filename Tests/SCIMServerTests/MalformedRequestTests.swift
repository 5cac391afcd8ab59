import Foundation
import Provisioning
import SCIMClient
import SCIMServer
import SQLiteStore
import TestSupport
import Testing

/// Requests that are broken at the HTTP or JSON level get a prompt SCIM error that says what is
/// wrong, and nothing of them is stored.
@Suite struct MalformedRequestTests {
    static let errorSchema = "urn:ietf:params:scim:api:messages:2.0:Error"

    func head(_ method: String, _ path: String, token: String, _ extra: [String]) -> String {
        ([
            "\(method) \(path) HTTP/1.1", "Host: 127.0.0.1", "Authorization: Bearer \(token)",
            "Content-Type: application/scim+json",
        ] + extra).joined(separator: "\r\n") + "\r\n\r\n"
    }

    @Test func anOversizedContentLengthIsAnswered413WithoutWaitingForTheBody() async throws {
        try await withLiveListener(configure: { $0.maximumBodyBytes = 4_096 }) { listener in
            let (_, token) = try await listener.addIdentityProvider("Okta")
            let port = try #require(listener.baseURL.port)
            // The body is never sent: the answer has to come from the headers alone.
            for extra in [["Content-Length: 10000000"], ["Content-Length: 10000000", "Expect: 100-continue"]] {
                let reply = try RawHTTP.send(head("POST", "/scim/v2/Users", token: token, extra), port: port, timeout: 20)
                #expect(reply.status == 413, "\(extra): \(reply.text)")
                #expect(reply.body.contains(Self.errorSchema), "\(reply.text)")
            }
            // Without a Content-Length (chunked), the limit still holds while the body is read.
            let chunk = String(repeating: "x", count: 5_000)
            let chunked = head("POST", "/scim/v2/Users", token: token, ["Transfer-Encoding: chunked"]) + "1388\r\n\(chunk)\r\n0\r\n\r\n"
            let reply = try RawHTTP.send(chunked, port: port, timeout: 20)
            #expect(reply.status == 413, "\(reply.text)")
        }
    }

    /// CONNECT asks for a tunnel, which the HTTP parser then assumes: the answer has to be complete
    /// on its own (a length and a close), or the client waits for a body that never comes.
    @Test func connectIsAnswered405WithASCIMErrorAndTheConnectionClosed() async throws {
        try await withLiveListener { listener in
            let port = try #require(listener.baseURL.port)
            let reply = try RawHTTP.send("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", port: port, timeout: 10)
            #expect(reply.status == 405, "\(reply.text)")
            #expect(reply.body.contains(Self.errorSchema) && reply.body.contains("CONNECT"), "\(reply.text)")
            #expect(reply.text.lowercased().contains("allow: get, post, put, patch, delete"), "\(reply.text)")
            #expect(reply.text.lowercased().contains("connection: close"), "\(reply.text)")
        }
    }

    @Test func invalidUTF8AndOverflowingNumbersAre400() async throws {
        try await withLiveListener { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            var invalid = Data(#"{"userName":"bad"#.utf8)
            invalid.append(contentsOf: [0xFF, 0xFE])
            invalid.append(Data(#"@example.com"}"#.utf8))
            let utf8 = try await okta.send("POST", "/Users", body: invalid)
            #expect(utf8.status == 400, "\(utf8.text)")
            #expect(utf8.json?["scimType"] as? String == "invalidSyntax")
            for number in ["1e999999", "-1e999999"] {
                let body = #"{"userName":"n@example.com","level":\#(number)}"#
                let response = try await okta.send("POST", "/Users", body: Data(body.utf8))
                #expect(response.status == 400, "\(number): \(response.text)")
            }
            #expect(try await listener.store.users(idpID: idp.id, query: ListQuery()).totalResults == 0)
        }
    }

    @Test func aHugeUserNameIsRefusedWithADetailThatNamesIt() async throws {
        try await withLiveListener(configure: { $0.maximumBodyBytes = 4 << 20 }) { listener in
            let (idp, token) = try await listener.addIdentityProvider("Okta")
            let okta = listener.client(token: token)
            let huge = String(repeating: "u", count: 1 << 20) + "@example.com"
            let response = try await okta.send("POST", "/Users", json: OktaBodies.createUser(huge))
            #expect(response.status == 400, "\(response.text.prefix(300))")
            let detail = response.json?["detail"] as? String ?? ""
            #expect(detail.contains("userName") && detail.contains("\(DocumentLimits.maximumNameBytes)"), "\(detail)")
            #expect(try await listener.store.users(idpID: idp.id, query: ListQuery()).totalResults == 0)
        }
    }
}
