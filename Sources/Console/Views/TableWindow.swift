import TermUI

/// Draws a table of `count` rows building only the rows on screen, so a 5,000-row view costs
/// what a 20-row one does. An empty table shows its header and a message that teaches.
struct TableWindow {
    var columns: [TableColumn]
    var count: Int
    var selection: Int?
    var scrollOffset: Int
    /// Lines centred in the empty body: what is missing and how to get it.
    var emptyLines: [String]

    /// Draws into `area` less a column on each side, so tables line up with the title row.
    func render(into buffer: inout ScreenBuffer, in area: Rect, palette: Palette, row: (Int) -> TableRow) {
        let rect = area.inset(left: 1, right: 1)
        let visible = max(0, rect.height - 1)
        let offset = Scrolling.offset(selected: selection, current: scrollOffset, visibleRows: visible, rowCount: count)
        let end = min(count, offset + visible)
        let rows = offset < end ? (offset..<end).map(row) : []
        Table(
            columns: columns, rows: rows, selectedRow: selection.map { $0 - offset }, scrollOffset: 0,
            emptyMessage: "", theme: palette.theme
        ).render(into: &buffer, in: rect)
        guard count == 0 else { return }
        EmptyState.render(emptyLines, into: &buffer, in: rect.inset(top: 1), palette: palette)
    }
}

/// Centred lines for an empty view; the first reads as the message, the rest as hints.
enum EmptyState {
    static func render(_ lines: [String], into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let wrapped = lines.enumerated().flatMap { index, line in
            line.wrapped(toWidth: max(1, rect.width - 4)).map { (index, $0) }
        }
        let top = max(0, (rect.height - wrapped.count) / 2)
        for (row, item) in wrapped.enumerated() {
            let style = item.0 == 0 ? palette.style(.strong) : palette.theme.muted
            buffer.put(item.1, in: rect.row(top + row), alignment: .center, style: style)
        }
    }
}
