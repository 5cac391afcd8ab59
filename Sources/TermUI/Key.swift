/// A key press as a terminal decodes it.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    case enter, escape, tab, backTab
    case up, down, left, right
    case pageUp, pageDown, home, end
    case backspace, delete
    /// Control plus a letter (or one of `@[\]^_`), always stored lowercase: `.ctrl("c")`
    /// is Ctrl-C. Tab, Enter, Escape and Backspace arrive as their own cases instead.
    case ctrl(Character)
    /// F1...F12 as `.function(1)`...`.function(12)`.
    case function(Int)
    /// The terminal changed size; re-read the size and repaint.
    case resize
}

extension Key {
    /// Decodes a C0 control code (0...31) or DEL (127) the way a terminal in raw mode
    /// delivers it; `nil` for anything else.
    ///
    /// Ctrl-H (8) is Backspace because many terminals send it for that key; Ctrl-I, Ctrl-M
    /// and Ctrl-J are Tab and Enter (`nonl` mode sends CR, some setups LF).
    public init?(controlCode code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 0: self = .ctrl("@")
        case 1...26: self = .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 28...31: self = .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x40)))
        default: return nil
        }
    }

    /// Ctrl plus `letter`, normalised to the lowercase form ``ctrl(_:)`` uses.
    public static func control(_ letter: Character) -> Key {
        .ctrl(Character(letter.lowercased()))
    }

    /// The printable character, if this is one.
    public var character: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}
