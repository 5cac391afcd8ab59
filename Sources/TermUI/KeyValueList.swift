/// One "label: value" row of a ``KeyValueList``.
public struct KeyValueRow: Hashable, Sendable {
    public var label: String
    public var value: String
    /// Over the theme's text style, e.g. red for "Revoked".
    public var valueStyle: Style?

    public init(_ label: String, _ value: String, valueStyle: Style? = nil) {
        self.label = label
        self.value = value
        self.valueStyle = valueStyle
    }
}

/// Aligned "label  value" rows, for detail panes and simple forms; one row may be focused.
public struct KeyValueList: Sendable {
    public var rows: [KeyValueRow]
    /// The focused row, drawn in the selection style.
    public var focusedIndex: Int?
    /// Label column width; `nil` fits the widest label (at most half the rect).
    public var labelWidth: Int?
    public var scrollOffset: Int
    public var theme: Theme

    public init(
        rows: [KeyValueRow], focusedIndex: Int? = nil, labelWidth: Int? = nil, scrollOffset: Int = 0, theme: Theme = .color
    ) {
        self.rows = rows
        self.focusedIndex = focusedIndex
        self.labelWidth = labelWidth
        self.scrollOffset = scrollOffset
        self.theme = theme
    }

    /// The rect of row `line`'s value (relative to the list's first visible row), e.g. to
    /// draw a ``TextField`` over the value being edited.
    public func valueRect(line: Int, in rect: Rect) -> Rect {
        let column = resolvedLabelWidth(for: rect.width) + 3
        return rect.row(line).inset(left: column, right: 1)
    }

    func resolvedLabelWidth(for width: Int) -> Int {
        labelWidth ?? min(rows.map(\.label.displayWidth).max() ?? 0, max(0, width / 2))
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, with: theme.text)
        let labelColumn = resolvedLabelWidth(for: rect.width)
        let offset = Scrolling.offset(selected: focusedIndex, current: scrollOffset, visibleRows: rect.height, rowCount: rows.count)
        for line in 0..<rect.height where offset + line < rows.count {
            let index = offset + line
            let row = rows[index]
            let rowRect = rect.row(line)
            let label = Rect(x: rowRect.x + 1, y: rowRect.y, width: min(labelColumn, rowRect.width - 1), height: 1)
            buffer.put(row.label, in: label, style: theme.muted)
            buffer.put(row.value, in: valueRect(line: line, in: rect), style: (row.valueStyle ?? .plain).merged(over: theme.text))
            if index == focusedIndex { buffer.restyle(rowRect) { theme.selection.merged(over: $0) } }
        }
    }
}
