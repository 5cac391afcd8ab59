/// What became of a copy: where the text was handed, never a claim that it reached a clipboard.
///
/// OSC 52 is a request the terminal may ignore (tmux drops it unless `set-clipboard` allows it,
/// and many terminals refuse it), and nothing reports back; tmux's own paste buffer is the one
/// place a copy can be known to have landed.
public struct ClipboardDelivery: Sendable, Hashable {
    /// The OSC 52 sequence was written to the terminal.
    public var sentToTerminal: Bool
    /// tmux's paste buffer holds the text (the console runs inside tmux).
    public var inTmuxBuffer: Bool

    public init(sentToTerminal: Bool, inTmuxBuffer: Bool) {
        self.sentToTerminal = sentToTerminal
        self.inTmuxBuffer = inTmuxBuffer
    }

    /// "your terminal (OSC 52) and tmux's paste buffer", for status lines and dialogs.
    public var destinations: String {
        switch (sentToTerminal, inTmuxBuffer) {
        case (true, true): "your terminal (OSC 52) and tmux's paste buffer"
        case (true, false): "your terminal (OSC 52)"
        case (false, true): "tmux's paste buffer"
        case (false, false): "nowhere"
        }
    }
}
