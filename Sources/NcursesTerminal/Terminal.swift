import CNcursesw
import TermUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The console's terminal: ncurses set up for raw keys, wide characters and colour,
/// painting ``ScreenBuffer`` diffs.
///
/// Not `Sendable` on purpose: ncurses is single-threaded, so one thread (the main
/// thread, which runs the console loop) owns the terminal for its whole life; the
/// compiler keeps it from being shared with another isolation domain. Only one
/// terminal may be started at a time.
///
/// Use it so that every exit path restores the screen:
/// ```swift
/// let terminal = Terminal()
/// try terminal.start(colors: TerminalEnvironment.current().wantsColor)
/// defer { terminal.stop() }              // normal return and thrown errors
/// while terminal.pendingSignal == nil {  // SIGINT/SIGTERM/SIGHUP end the loop
///     if let key = terminal.readKey(timeoutMilliseconds: 100) { … }
///     terminal.paint(buffer)
/// }
/// ```
/// `exit()` from anywhere also restores the screen (an `atexit` hook), and a second
/// signal while the loop is stuck restores it from the signal handler (see `SignalGuard`).
public final class Terminal {
    /// Whether ``start(colors:)`` has run and ``stop()`` has not.
    public internal(set) var isActive = false
    /// Whether cells are painted in colour: asked for, and the terminal has colours.
    public internal(set) var colorsEnabled = false
    /// Whether the locale is UTF-8. Without it only ASCII reaches the screen, so the app
    /// should draw borders with `BorderStyle.ascii`.
    public internal(set) var isUTF8 = false

    var screen: OpaquePointer?
    var lastPainted: ScreenBuffer?
    var needsFullRepaint = true
    var pairs = ColorPairs()

    public init() {}

    deinit { stop() }

    /// The signal (SIGINT, SIGTERM or SIGHUP) received since ``start(colors:)``, if any.
    /// The console loop should check it after each key read and leave when it is set.
    public var pendingSignal: Int32? { isActive ? SignalGuard.pendingSignal : nil }

    /// Forgets ``pendingSignal`` for a signal the app handled and keeps running after (a SIGHUP
    /// sent with `kill -HUP` to re-read a certificate); the next one is caught as the first.
    public func clearPendingSignal() { SignalGuard.clearPending() }

    /// Whether the terminal is still there. After a hangup (the SSH connection dropped) the kernel
    /// answers every request on it with EIO, so its settings can no longer be read; a SIGHUP sent
    /// by `kill` leaves it readable. That is how a hangup is told from a reload request.
    public var isConnected: Bool {
        var modes = termios()
        return tcgetattr(STDIN_FILENO, &modes) == 0
    }

    /// Columns and rows of the terminal.
    public var size: (width: Int, height: Int) {
        if isActive, let window = cn_stdscr() {
            var rows: Int32 = 0
            var cols: Int32 = 0
            cn_getmaxyx(window, &rows, &cols)
            return (Int(cols), Int(rows))
        }
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard cn_window_size(STDOUT_FILENO, &rows, &cols) == 0, rows > 0, cols > 0 else { return (80, 24) }
        return (Int(cols), Int(rows))
    }
}
