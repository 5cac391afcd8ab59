/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// A share of the space left over by fixed columns, never less than `min`.
    case flexible(weight: Int = 1, min: Int = 4)

    /// The least this column needs to be shown at all.
    var minimum: Int {
        switch self {
        case .fixed(let n): max(0, n)
        case .flexible(_, let min): max(1, min)
        }
    }
}

/// One column of a ``Table``.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment
    /// When the table is too narrow for every column, the lowest priority is hidden
    /// first (ties: the rightmost). Give the identifying column a high priority.
    public var priority: Int

    public init(_ title: String, width: ColumnWidth = .flexible(), alignment: Alignment = .left, priority: Int = 0) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.priority = priority
    }
}

/// One row of a ``Table``: its cell texts and optional styles.
public struct TableRow: Hashable, Sendable, ExpressibleByArrayLiteral {
    public var cells: [String]
    /// Style for the whole row (e.g. dim for deactivated users), over the theme's text style.
    public var style: Style?
    /// Per-cell styles by column index, over the row style (e.g. red "revoked").
    public var cellStyles: [Int: Style]

    public init(_ cells: [String], style: Style? = nil, cellStyles: [Int: Style] = [:]) {
        self.cells = cells
        self.style = style
        self.cellStyles = cellStyles
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }
}
