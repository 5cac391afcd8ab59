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
    /// Asks the terminal the admin is sitting at to put `text` on its clipboard, via OSC 52
    /// written straight to the tty (it travels through SSH; tmux passes it on only with
    /// `set -g set-clipboard on`; some terminals ignore it), and inside tmux also loads it
    /// into tmux's paste buffer. Reports where it went, not whether a clipboard got it: no
    /// terminal answers OSC 52.
    @discardableResult
    public func copyToClipboard(_ text: String) -> ClipboardDelivery {
        let tmux = TmuxBuffer.load(text)
        guard isActive, let window = cn_stdscr() else { return ClipboardDelivery(sentToTerminal: false, inTmuxBuffer: tmux) }
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
        return ClipboardDelivery(sentToTerminal: offset == bytes.count, inTmuxBuffer: tmux)
    }
}
