/// A grid of cells that widgets draw into and a terminal paints.
///
/// The buffer keeps wide graphemes whole: writing over either half of one blanks the
/// other half, so a painter never sees half a CJK character or emoji.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public internal(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row. Reading outside the buffer gives a blank cell;
    /// writing outside is ignored. Writing a wide grapheme also claims the cell to its
    /// right (or leaves a blank if it does not fit); writing a continuation cell directly
    /// is ignored, since it only exists as the right half of its lead.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard bounds.contains(x: x, y: y) else { return .blank() }
            return cells[y * width + x]
        }
        set {
            guard bounds.contains(x: x, y: y), !newValue.isContinuation else { return }
            let w = newValue.grapheme.displayWidth
            if w == 0 || (w == 2 && x + 1 >= width) {
                store(.blank(newValue.style), x: x, y: y)
            } else {
                store(newValue, x: x, y: y)
            }
        }
    }

    /// One row of cells (empty outside the buffer).
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)]
    }

    /// Blanks every cell with `style`.
    public mutating func clear(_ style: Style = .plain) {
        for index in cells.indices { cells[index] = .blank(style) }
    }

    /// Writes a lead cell (width 1 or 2, already known to fit), keeping neighbours whole.
    mutating func store(_ cell: Cell, x: Int, y: Int) {
        let wide = cell.grapheme.displayWidth == 2
        breakWideGrapheme(at: x, y: y)
        if wide { breakWideGrapheme(at: x + 1, y: y) }
        let index = y * width + x
        cells[index] = Cell(cell.grapheme, style: cell.style)
        if wide { cells[index + 1] = Cell(" ", style: cell.style, isContinuation: true) }
    }

    /// Before (x, y) is overwritten: if it is half of a wide grapheme, blank the other half.
    private mutating func breakWideGrapheme(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let index = y * width + x
        let cell = cells[index]
        if cell.isContinuation {
            if x > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = .blank(cell.style)
    }
}
