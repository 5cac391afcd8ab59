import Foundation

/// A program running in a detached tmux session, driven like a person at a keyboard.
public final class TmuxSession {
    public let name: String

    /// Starts `command` in a `width`×`height` session; the shell keeps the pane after it exits so
    /// tests can read its last screen and exit code.
    public init(command: String, width: Int = 120, height: Int = 40) throws {
        name = "scimdesk-test-\(UUID().uuidString.prefix(8))"
        let shell = "\(command); echo \"EXITED $?\"; sleep 30"
        let result = try Subprocess.run(Self.tmux, ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shell])
        guard result.status == 0 else { throw TmuxError(message: "tmux new-session failed: \(result.stderr)") }
    }

    deinit { _ = try? Subprocess.run(Self.tmux, ["kill-session", "-t", name]) }

    public static var tmux: String {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"
    }

    /// Sends keys as tmux names them (`Enter`, `Escape`, `Right`) or literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        _ = try Subprocess.run(Self.tmux, ["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text.
    public func screen() throws -> String {
        try Subprocess.run(Self.tmux, ["capture-pane", "-p", "-t", name]).stdout
    }

    /// Waits until the screen shows `text` (or matches it as a regular expression), up to `timeout` seconds.
    @discardableResult
    public func waitFor(_ text: String, regex: Bool = false, timeout: TimeInterval = 30) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            let found = regex ? last.range(of: text, options: .regularExpression) != nil : last.contains(text)
            if found { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TmuxError(message: "timed out waiting for \"\(text)\"; the screen was:\n\(last)")
    }
}

extension TmuxSession {
    /// Waits until the screen no longer shows `text` (a dialog closed), up to `timeout` seconds.
    @discardableResult
    public func waitUntilGone(_ text: String, timeout: TimeInterval = 30) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TmuxError(message: "timed out waiting for \"\(text)\" to go away; the screen was:\n\(last)")
    }
}

public struct TmuxError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
