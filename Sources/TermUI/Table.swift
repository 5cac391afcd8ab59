/// A table with a header row, a selected row and vertical scrolling.
///
/// Stateless: the selection and scroll offset come from the app's state. Use
/// ``scrollOffset(in:)`` after a move to store the offset the table will show.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// The selected row index, drawn in the theme's selection style (reverse video).
    public var selectedRow: Int?
    /// The first row shown, as last stored; corrected so the selection stays visible.
    public var scrollOffset: Int
    public var showsHeader: Bool
    /// Shown centred when there are no rows.
    public var emptyMessage: String
    /// Blank columns between table columns.
    public var columnSpacing: Int
    public var theme: Theme

    public init(
        columns: [TableColumn],
        rows: [TableRow],
        selectedRow: Int? = nil,
        scrollOffset: Int = 0,
        showsHeader: Bool = true,
        emptyMessage: String = "Nothing to show",
        columnSpacing: Int = 2,
        theme: Theme = .color
    ) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
        self.showsHeader = showsHeader
        self.emptyMessage = emptyMessage
        self.columnSpacing = columnSpacing
        self.theme = theme
    }

    /// How many data rows fit in `rect` (its height less the header).
    public func visibleRowCount(in rect: Rect) -> Int {
        max(0, rect.height - (showsHeader ? 1 : 0))
    }

    /// The offset this table will actually show in `rect`; store it in the app state.
    public func scrollOffset(in rect: Rect) -> Int {
        Table.scrollOffset(selected: selectedRow, current: scrollOffset, visibleRows: visibleRowCount(in: rect), rowCount: rows.count)
    }

    /// See ``Scrolling/offset(selected:current:visibleRows:rowCount:)``.
    public static func scrollOffset(selected: Int?, current: Int, visibleRows: Int, rowCount: Int) -> Int {
        Scrolling.offset(selected: selected, current: current, visibleRows: visibleRows, rowCount: rowCount)
    }
}
