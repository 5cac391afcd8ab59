import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the signal handler may touch: plain memory, no Swift objects, so the handler
/// does no reference counting, allocation or locking.
struct SignalState {
    /// The first SIGINT/SIGTERM/SIGHUP received while the console is up, or 0.
    var pendingSignal: sig_atomic_t = 0
    var active: sig_atomic_t = 0
    /// The tty modes from before ncurses started.
    var savedModes = termios()
    var hasSavedModes: sig_atomic_t = 0
    /// Bytes that put the screen back (terminfo sgr0, cnorm, rmkx, rmcup), written raw.
    var restoreBytes: UnsafeMutablePointer<UInt8>?
    var restoreCount = 0
}

/// Signal handling while the console owns the terminal.
///
/// Choice: the handler is a plain C-convention function that only does
/// async-signal-safe work. The *first* SIGINT/SIGTERM/SIGHUP records the signal
/// number and returns; the key read is interrupted (no `SA_RESTART`), the console loop
/// sees ``Terminal/pendingSignal``, leaves, and `stop()` runs `endwin()` in normal
/// code, after which the app can shut the listener down gracefully. A *second* signal
/// means the loop is stuck: the handler restores the tty modes (`tcsetattr`), writes
/// the precomputed reset sequence (`write`) and `_exit`s with 128+signal. `endwin()`
/// itself is never called from the handler because it is not async-signal-safe.
enum SignalGuard {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Allocated once and kept for the life of the process, so the handler never sees
    /// a dangling pointer.
    nonisolated(unsafe) static var state: UnsafeMutablePointer<SignalState> = {
        let pointer = UnsafeMutablePointer<SignalState>.allocate(capacity: 1)
        pointer.initialize(to: SignalState())
        return pointer
    }()

    nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]

    /// Saves the tty modes and takes over the signals; call before ncurses starts so
    /// ncurses does not install its own handlers for them.
    static func install() {
        let state = state  // initialise the global now, not inside the handler
        state.pointee.pendingSignal = 0
        state.pointee.hasSavedModes = tcgetattr(STDIN_FILENO, &state.pointee.savedModes) == 0 ? 1 : 0
        for signal in signals {
            var old = sigaction()
            if cn_install_signal_handler(signal, terminalSignalHandler, &old) == 0 { previous[signal] = old }
        }
        state.pointee.active = 1
    }

    /// Stores the bytes the emergency path writes to undo full-screen mode.
    static func setRestoreSequence(_ bytes: [UInt8]) {
        let state = state
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        copy.initialize(from: bytes, count: bytes.count)
        let old = state.pointee.restoreBytes
        state.pointee.restoreCount = 0
        state.pointee.restoreBytes = copy
        state.pointee.restoreCount = bytes.count
        old?.deallocate()
    }

    /// Gives the signals back to whoever had them before ``install()``.
    static func uninstall() {
        state.pointee.active = 0
        for (signal, var old) in previous { _ = cn_restore_signal_handler(signal, &old) }
        previous = [:]
    }

    /// Forgets the pending signal once the app has handled it without stopping.
    static func clearPending() {
        state.pointee.pendingSignal = 0
    }

    static var pendingSignal: Int32? {
        let value = state.pointee.pendingSignal
        return value == 0 ? nil : value
    }

    /// Records a hangup seen on the terminal itself, as if SIGHUP had arrived: when the terminal
    /// goes away without one reaching this process (its session leader exited first), the loop
    /// must still end rather than read from a dead terminal forever.
    static func recordHangup() {
        if state.pointee.active != 0, state.pointee.pendingSignal == 0 { state.pointee.pendingSignal = SIGHUP }
    }
}

/// The installed handler; see ``SignalGuard`` for why it does so little.
private func terminalSignalHandler(_ signal: Int32) {
    let state = SignalGuard.state
    if state.pointee.active != 0, state.pointee.pendingSignal == 0 {
        state.pointee.pendingSignal = signal
        return
    }
    if state.pointee.hasSavedModes != 0 { _ = tcsetattr(STDIN_FILENO, TCSANOW, &state.pointee.savedModes) }
    if let bytes = state.pointee.restoreBytes { _ = write(STDOUT_FILENO, bytes, state.pointee.restoreCount) }
    _exit(128 + signal)
}
