import CNcursesw
import TermUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `atexit` can only be registered, never removed; the hook checks this flag.
nonisolated(unsafe) private var screenIsUp = false
nonisolated(unsafe) private var exitHookRegistered = false

extension Terminal {
    /// Takes over the terminal: signals first, then locale, ncurses in raw mode with
    /// keypad decoding, no echo, hidden cursor, a 25 ms Esc delay, and colours when
    /// `colors` is true and the terminal supports them. Calling it again while active
    /// does nothing.
    public func start(colors: Bool) throws(TerminalError) {
        guard !isActive else { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        // Before ncurses starts: it installs its own SIGINT/SIGTERM handlers when it finds
        // the defaults, and those would not let the console loop shut down in order.
        SignalGuard.install()
        setlocale(LC_ALL, "")
        isUTF8 = cn_is_utf8_locale() != 0
        // newterm, unlike initscr, returns nil for an unusable TERM instead of exiting.
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            SignalGuard.uninstall()
            throw .cannotInitialize(term: getenv("TERM").map { String(cString: $0) })
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        colorsEnabled = colors && has_colors()
        if colorsEnabled {
            start_color()
            pairs = ColorPairs(colors: Int(cn_colors()), pairs: Int(cn_color_pairs()), defaultColors: use_default_colors() == cn_ok())
        }
        SignalGuard.setRestoreSequence(Terminal.restoreSequence())
        registerExitHook()
        screenIsUp = true
        isActive = true
        lastPainted = nil
        needsFullRepaint = true
    }

    /// Gives the terminal back (`endwin`) and restores the previous signal handlers.
    /// Safe to call any number of times, and from `defer`.
    public func stop() {
        guard isActive else { return }
        isActive = false
        screenIsUp = false
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        SignalGuard.uninstall()
        lastPainted = nil
    }

    /// What the emergency signal path writes: attributes off, cursor on, keypad
    /// transmit off, leave the alternate screen; ANSI fallbacks where terminfo is silent.
    static func restoreSequence() -> [UInt8] {
        let capabilities: [(String, String)] = [
            ("sgr0", "\u{1B}[0m"), ("cnorm", "\u{1B}[?25h"), ("rmkx", ""), ("rmcup", "\u{1B}[?1049l"),
        ]
        var bytes: [UInt8] = []
        for (name, fallback) in capabilities {
            if let value = cn_tigetstr(name) {
                bytes += Array(String(cString: value).utf8)
            } else {
                bytes += Array(fallback.utf8)
            }
        }
        bytes += Array("\r\n".utf8)
        return bytes
    }

    private func registerExitHook() {
        guard !exitHookRegistered else { return }
        exitHookRegistered = true
        atexit {
            if screenIsUp {
                screenIsUp = false
                endwin()
            }
        }
    }
}
