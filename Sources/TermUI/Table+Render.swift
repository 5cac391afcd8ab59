extension Table {
    /// Draws the header, the visible rows (the selected one in reverse video) or the
    /// empty-state message, clipped to `rect`.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, with: theme.text)
        let widths = Table.columnWidths(columns, totalWidth: rect.width, spacing: columnSpacing)
        var body = rect
        if showsHeader {
            let header: Rect
            (header, body) = rect.divided(atTop: 1)
            buffer.fill(header, with: theme.header)
            drawCells(columns.map(\.title), widths: widths, in: header, into: &buffer) { _ in theme.header }
        }
        guard !rows.isEmpty else {
            let middle = body.row(body.height / 2)
            buffer.put(emptyMessage, in: middle, alignment: .center, style: theme.muted)
            return
        }
        let offset = Table.scrollOffset(selected: selectedRow, current: scrollOffset, visibleRows: body.height, rowCount: rows.count)
        for line in 0..<body.height {
            let index = offset + line
            guard index < rows.count else { break }
            let row = rows[index]
            let rowStyle = (row.style ?? .plain).merged(over: theme.text)
            let rowRect = body.row(line)
            buffer.fill(rowRect, with: rowStyle)
            drawCells(row.cells, widths: widths, in: rowRect, into: &buffer) { column in
                (row.cellStyles[column] ?? .plain).merged(over: rowStyle)
            }
            if index == selectedRow {
                buffer.restyle(rowRect) { theme.selection.merged(over: $0) }
            }
        }
    }

    private func drawCells(
        _ texts: [String], widths: [Int], in rowRect: Rect, into buffer: inout ScreenBuffer, style: (Int) -> Style
    ) {
        var x = rowRect.x
        for (column, width) in widths.enumerated() where width > 0 {
            let text = column < texts.count ? texts[column] : ""
            let cell = Rect(x: x, y: rowRect.y, width: min(width, rowRect.maxX - x), height: 1)
            buffer.put(text, in: cell, alignment: columns[column].alignment, style: style(column))
            x += width + columnSpacing
            guard x < rowRect.maxX else { break }
        }
    }
}
