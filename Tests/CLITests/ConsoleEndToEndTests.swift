import Foundation
import SCIMClient
import TestSupport
import Testing

/// The whole operator flow through the real binary in a real terminal (tmux): add an IdP, generate its
/// token in the console, use it against the embedded listener, watch Traffic, revoke, see the 401.
@Suite(.serialized) struct ConsoleEndToEndTests {
    @Test func generateUseAndRevokeATokenFromTheConsole() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let port = Subprocess.freePort()
        let console = try TmuxSession(
            command: "'\(BuiltBinary.path)' --database '\(directory.path("e2e.sqlite"))' --listen 127.0.0.1:\(port)"
        )
        try await console.waitFor("127.0.0.1:\(port) running", timeout: 90)

        try console.send("a")
        try await console.waitFor("Name")
        try console.send("Okta", literal: true)
        try console.send("Enter")
        // The breadcrumb, not the transient "Added Okta" status line a slow poll can miss.
        try await console.waitFor("Identity Providers › Okta")

        try console.send("g")
        let dialog = try await console.waitFor("you will not see it again")
        let token = try #require(dialog.range(of: "scimdesk_[a-z2-7]{52}", options: .regularExpression).map { String(dialog[$0]) })
        try console.send("Escape")
        let afterDialog = try await console.waitUntilGone("you will not see it again")
        #expect(!afterDialog.contains(token))

        let base = try #require(URL(string: "http://127.0.0.1:\(port)/scim/v2"))
        let okta = SCIMHTTPClient(baseURL: base, bearerToken: token, timeout: 10)
        #expect(try await okta.send("GET", "/Users?startIndex=1&count=2").status == 200)

        try console.send("5")
        try await console.waitFor("GET +/Users\\?startIndex=.* 200 .*listed users", regex: true)

        try console.send("2")
        try await console.waitFor("Identity Providers")
        try console.send("Enter")
        try await console.waitFor("Revoke Auto-Provisioning Token")
        try console.send("x")
        try await console.waitFor("Revoke the token of Okta?")
        try console.send("Right")
        try console.send("Enter")
        try await console.waitFor("revoked")

        let refused = try await okta.send("GET", "/Users?startIndex=1&count=2")
        #expect(refused.status == 401)
        #expect(refused.json?["detail"] as? String ?? "" != "")

        try console.send("5")
        try await console.waitFor("401 .* rejected: token revoked", regex: true)

        try console.send("q")
        try await console.waitFor("Quit and stop the SCIM listener?")
        try console.send("Right")
        try console.send("Enter")
        try await console.waitFor("EXITED 0")
    }
}
