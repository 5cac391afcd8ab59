import CNcursesw
import TermUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// Puts `text` on the clipboard of the terminal the admin is sitting at, via OSC 52
    /// written straight to the tty. It travels through SSH; tmux passes it on with
    /// `set -g set-clipboard on`. Terminals that do not support OSC 52 ignore it.
    public func copyToClipboard(_ text: String) {
        guard isActive, let window = cn_stdscr() else { return }
        // Finish ncurses' own output first so the sequence is not spliced into it.
        wrefresh(window)
        let bytes = Array(OSC52.sequence(copying: text).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { break }
            offset += written
        }
        // A terminal that does not understand OSC 52 may have drawn something; repaint.
        redrawwin(window)
        wrefresh(window)
    }
}
