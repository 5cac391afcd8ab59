import Foundation
import TestSupport
import Testing

/// The real binary at 80×24, the advertised minimum, on the demo's data.
@Suite struct ConsoleMinimumSizeTests {
    /// Advanced, with the demo's loopback warning, shows the URL, the token, both actions and every
    /// Okta step at once: nothing to scroll to.
    @Test func theDemosAdvancedPageFitsWhole() async throws {
        let session = try TmuxSession(command: "'\(BuiltBinary.path)' demo --listen 127.0.0.1:0 --pace 200", width: 80, height: 24)
        try await session.waitFor("127\\.0\\.0\\.1:[0-9]+ running", regex: true, timeout: 90)
        try session.send("2")
        try await session.waitFor("Okta demo")
        try session.send("G")
        try session.send("Enter")
        try session.send("Right")
        let screen = try await session.waitFor("7. Push Groups")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 3 && !rows[2].contains("lines "), "the page scrolls:\n\(screen)")
        #expect(screen.contains("! Okta cannot use this URL"), "\(screen)")
        #expect(screen.contains("g Generate Auto-Provisioning Token"), "\(screen)")
        try session.send("C-c")
        try await session.waitFor("EXITED")
    }
}
