/// One footer hint: a key label and what it does, e.g. ("/", "Filter").
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var action: String

    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }

    /// A hint labelled with the key's own label ("Enter", "^C", "↑", or "Up" when `ascii`).
    public init(_ key: Key, _ action: String, ascii: Bool = false) {
        self.init(key.label(ascii: ascii), action)
    }

    /// "key action" as drawn.
    var text: String { key + " " + action }
}

/// A footer of key hints, "q Quit  / Filter  ? Help", cut from the end to fit.
///
/// Order hints by importance: when the terminal is narrow the last ones go first.
public struct KeyHintBar: Sendable {
    public var hints: [KeyHint]
    public var theme: Theme
    /// Blank columns between hints.
    public var spacing: Int

    public init(hints: [KeyHint], spacing: Int = 2, theme: Theme = .color) {
        self.hints = hints
        self.spacing = spacing
        self.theme = theme
    }

    /// The leading hints that fit in `width` columns (after a one-column margin).
    public func visibleHints(forWidth width: Int) -> [KeyHint] {
        var used = 1
        var shown: [KeyHint] = []
        for hint in hints {
            let needed = hint.text.displayWidth + (shown.isEmpty ? 0 : spacing)
            guard used + needed <= width else { break }
            used += needed
            shown.append(hint)
        }
        return shown
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, with: theme.text)
        var x = row.x + 1
        for hint in visibleHints(forWidth: row.width) {
            x += buffer.put(hint.key, x: x, y: row.y, style: theme.hintKey)
            x += buffer.put(" " + hint.action, x: x, y: row.y, style: theme.hintLabel)
            x += spacing
        }
    }
}
