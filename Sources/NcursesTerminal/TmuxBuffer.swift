import Foundation

/// tmux's paste buffer, the one copy target whose success can be known: tmux drops OSC 52 under
/// its default `set-clipboard` setting, but `tmux load-buffer` always lands.
enum TmuxBuffer {
    /// Whether this process runs inside tmux (tmux sets `TMUX` for its panes).
    static var isAvailable: Bool { ProcessInfo.processInfo.environment["TMUX"].map { !$0.isEmpty } ?? false }

    /// Loads `text` into tmux's buffer through stdin (never the command line, where `ps` would show
    /// a token). Gives up after two seconds; returns whether tmux took it.
    static func load(_ text: String) -> Bool {
        guard isAvailable else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "load-buffer", "-"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        guard !process.isRunning else {
            process.terminate()
            return false
        }
        return process.terminationStatus == 0
    }
}
