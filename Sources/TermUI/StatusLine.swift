/// A one-row status bar: a message on the left, context on the right.
public struct StatusLine: Sendable {
    /// How a message should read; each has a theme style that works in monochrome.
    public enum Kind: Hashable, Sendable {
        case info, success, warning, error
    }

    public var message: String
    public var kind: Kind
    /// Right-aligned context, e.g. "listening :8443 · 2 IdPs"; dropped before the message is cut.
    public var trailing: String
    public var theme: Theme

    public init(message: String = "", kind: Kind = .info, trailing: String = "", theme: Theme = .color) {
        self.message = message
        self.kind = kind
        self.trailing = trailing
        self.theme = theme
    }

    var messageStyle: Style {
        switch kind {
        case .info: theme.statusInfo
        case .success: theme.statusSuccess
        case .warning: theme.statusWarning
        case .error: theme.statusError
        }
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, with: theme.statusBar)
        var used = 0
        if !message.isEmpty {
            let text = " " + message.truncated(toWidth: max(0, row.width - 2)) + " "
            used = buffer.put(text, x: row.x, y: row.y, style: messageStyle, maxWidth: row.width)
        }
        let right = trailing.isEmpty ? "" : trailing + " "
        let rightWidth = right.displayWidth
        if !right.isEmpty, used + 1 + rightWidth <= row.width {
            buffer.put(right, x: row.maxX - rightWidth, y: row.y, style: theme.statusBar)
        }
    }
}
