/// One line of a ``ListView``.
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    /// Over the theme's text style.
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// A vertical list of selectable lines, scrolled to keep the selection visible.
public struct ListView: Sendable {
    public var items: [ListItem]
    public var selectedIndex: Int?
    /// As last stored by the app; corrected so the selection stays visible.
    public var scrollOffset: Int
    public var emptyMessage: String
    public var theme: Theme

    public init(
        items: [ListItem], selectedIndex: Int? = nil, scrollOffset: Int = 0,
        emptyMessage: String = "Nothing to show", theme: Theme = .color
    ) {
        self.items = items
        self.selectedIndex = selectedIndex
        self.scrollOffset = scrollOffset
        self.emptyMessage = emptyMessage
        self.theme = theme
    }

    /// The offset this list will show in `rect`; store it in the app state.
    public func scrollOffset(in rect: Rect) -> Int {
        Scrolling.offset(selected: selectedIndex, current: scrollOffset, visibleRows: rect.height, rowCount: items.count)
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, with: theme.text)
        guard !items.isEmpty else {
            buffer.put(emptyMessage, in: rect.row(rect.height / 2), alignment: .center, style: theme.muted)
            return
        }
        let offset = scrollOffset(in: rect)
        for line in 0..<rect.height where offset + line < items.count {
            let index = offset + line
            let item = items[index]
            let row = rect.row(line)
            let style = (item.style ?? .plain).merged(over: theme.text)
            buffer.fill(row, with: style)
            // One column of margin so the reverse-video bar reads as a bar, not as text.
            buffer.put(item.text, in: row.inset(left: 1, right: 1), style: style)
            if index == selectedIndex { buffer.restyle(row) { theme.selection.merged(over: $0) } }
        }
    }
}
