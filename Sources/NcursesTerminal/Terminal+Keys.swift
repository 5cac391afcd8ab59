import CNcursesw
import Glibc
import TermUI

extension Terminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key and decodes it.
    /// Returns `nil` on timeout, when a signal interrupted the wait, and for keys the
    /// console has no use for (mouse, unmapped function keys).
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard isActive, let window = cn_stdscr() else { return nil }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == cn_key_code_yes() {
            let key = Terminal.decodeKeyCode(Int32(bitPattern: UInt32(character)))
            if key == .resize { needsFullRepaint = true }
            return key
        }
        guard result == cn_ok() else {
            if Self.inputHasHungUp() { SignalGuard.recordHangup() }
            return nil
        }
        return Terminal.decodeCharacter(UInt32(character))
    }

    /// Whether the terminal behind standard input is gone (the SSH connection or tmux pane closed).
    /// A timeout and a hangup both make `wget_wch` fail; only a hangup makes `poll` report it.
    static func inputHasHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// A character from `wget_wch`: control codes by ``Key/init(controlCode:)``,
    /// everything else printable.
    static func decodeCharacter(_ code: UInt32) -> Key? {
        if let key = Key(controlCode: code) { return key }
        guard let scalar = Unicode.Scalar(code) else { return nil }
        return .character(Character(scalar))
    }

    /// A `KEY_*` code from `wget_wch`.
    static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case cn_key_up(): return .up
        case cn_key_down(): return .down
        case cn_key_left(): return .left
        case cn_key_right(): return .right
        case cn_key_home(): return .home
        case cn_key_end(): return .end
        case cn_key_ppage(): return .pageUp
        case cn_key_npage(): return .pageDown
        case cn_key_backspace(): return .backspace
        case cn_key_dc(): return .delete
        case cn_key_btab(): return .backTab
        case cn_key_enter(): return .enter
        case cn_key_resize(): return .resize
        case cn_key_f(1)...cn_key_f(24): return .function(Int(code - cn_key_f(0)))
        default: return nil
        }
    }
}
