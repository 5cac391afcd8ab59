import TermUI

/// The terminal as the console loop needs it. `NcursesTerminal.Terminal` already has exactly
/// these members, so the executable conforms it with an empty extension:
///
/// ```swift
/// extension Terminal: TerminalDevice {}  // same package, so no @retroactive
/// ```
///
/// Tests use a scripted terminal that records what was painted.
public protocol TerminalDevice: AnyObject {
    /// Columns and rows.
    var size: (width: Int, height: Int) { get }
    /// A key, or `nil` when none arrived within the timeout (or a signal interrupted the wait).
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Shows `buffer` (implementations send only what changed).
    func paint(_ buffer: ScreenBuffer)
    /// Hands text to the clipboard of the terminal the operator sits at (OSC 52 over SSH, and
    /// tmux's buffer inside tmux); says where it went, since no terminal confirms a copy.
    func copyToClipboard(_ text: String) -> ClipboardDelivery
}

/// Runs effects; ``EffectRunner`` is the real one, tests record instead.
public protocol EffectHandling: Sendable {
    /// Starts `effect` and returns at once; its result arrives later as a ``Msg``.
    func run(_ effect: Effect)
}
