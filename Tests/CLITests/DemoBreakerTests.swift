import Foundation
import TestSupport
import Testing

/// `scimdesk demo` stages the mass-deprovisioning incident once: the breaker trips on purpose (its
/// ordinary rounds never trip it), the console shows it loudly, and the demo releases it as "demo".
@Suite struct DemoBreakerTests {
    @Test func theDemoTripsOnceAndReleasesItAsDemo() async throws {
        let session = try TmuxSession(command: "'\(BuiltBinary.path)' demo --listen 127.0.0.1:0 --pace 20", width: 120, height: 40)
        try await session.waitFor("127\\.0\\.0\\.1:[0-9]+ running", regex: true, timeout: 90)
        try await session.waitFor("Okta demo HOLDING", timeout: 180)
        try session.send("2")
        try await session.waitFor("Okta demo .* HOLDING [0-9]+", regex: true)
        // The demo shows the trip for a while, then releases it.
        try await session.waitUntilGone("HOLDING", timeout: 120)
        try session.send("6")
        try session.send("/")
        try session.send("breaker", literal: true)
        try session.send("Enter")
        let audit = try await session.waitFor("released the breaker of Okta demo")
        let rows = audit.split(separator: "\n")
        #expect(rows.count { $0.contains("breaker tripped for") } == 1, "\(audit)")
        #expect(rows.contains { $0.contains(" demo ") && $0.contains("released the breaker of Okta demo") }, "\(audit)")
        #expect(!audit.contains("breaker tripped for Entra demo"))
    }
}
