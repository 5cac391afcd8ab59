/// A bordered rectangle with an optional title in its top border: ╭─ Title ───╮.
public struct Box: Sendable {
    public var title: String?
    public var border: BorderStyle
    /// Border style; `nil` uses the theme's border style.
    public var style: Style?
    /// Title style; `nil` uses the theme's title style.
    public var titleStyle: Style?
    public var theme: Theme

    public init(
        title: String? = nil, border: BorderStyle = .rounded, style: Style? = nil, titleStyle: Style? = nil, theme: Theme = .color
    ) {
        self.title = title
        self.border = border
        self.style = style
        self.titleStyle = titleStyle
        self.theme = theme
    }

    /// The area inside the border.
    public func contentRect(for rect: Rect) -> Rect { rect.inset(by: 1) }

    /// Draws the border (and title) only; the inside is left as it is.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = style ?? theme.border
        let b = border
        let inner = rect.width - 2
        let line = String(repeating: b.horizontal, count: inner)
        buffer.put(String(b.topLeft) + line + String(b.topRight), x: rect.x, y: rect.y, style: style)
        buffer.put(String(b.bottomLeft) + line + String(b.bottomRight), x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(String(b.vertical), x: rect.x, y: y, style: style)
            buffer.put(String(b.vertical), x: rect.maxX - 1, y: y, style: style)
        }
        // The title sits after "─ " and keeps at least one border character at the right.
        if let title, !title.isEmpty, inner >= 5 {
            let label = " " + title.truncated(toWidth: inner - 4) + " "
            buffer.put(label, x: rect.x + 2, y: rect.y, style: titleStyle ?? theme.title)
        }
    }
}
