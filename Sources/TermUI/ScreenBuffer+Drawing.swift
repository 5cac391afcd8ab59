extension ScreenBuffer {
    /// Writes `text` on row `y` from column `x` and returns the columns used.
    ///
    /// Stops at the buffer's right edge and after `maxWidth` columns. A wide grapheme
    /// that does not fit in what is left is drawn as a blank (in `style`) instead of
    /// half of it; that blank counts as used. Zero-width graphemes (a lone combining
    /// mark, a zero-width space) are skipped, and control characters are shown as "�"
    /// so they cannot move the real cursor.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            guard column < limit else { break }
            var grapheme = character
            var w = character.displayWidth
            if w == 0 {
                guard character.isControlLike else { continue }
                grapheme = "\u{FFFD}"
                w = 1
            }
            if column < 0 {
                // Left of the buffer: a wide grapheme straddling column 0 leaves a blank.
                if column + w > 0 { store(.blank(style), x: 0, y: y) }
                column += w
                continue
            }
            if column + w > limit {
                store(.blank(style), x: column, y: y)
                column += 1
                break
            }
            store(Cell(grapheme, style: style), x: column, y: y)
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Writes `text` on the first row of `rect`, truncated with an ellipsis to the
    /// rect's width and aligned within it. Returns the columns the text itself used.
    @discardableResult
    public mutating func put(_ text: String, in rect: Rect, alignment: Alignment = .left, style: Style = .plain) -> Int {
        guard !rect.isEmpty else { return 0 }
        let shown = text.truncated(toWidth: rect.width)
        let gap = rect.width - shown.displayWidth
        let offset =
            switch alignment {
            case .left: 0
            case .center: gap / 2
            case .right: gap
            }
        return put(shown, x: rect.x + offset, y: rect.y, style: style, maxWidth: rect.width - offset)
    }

    /// Blanks every cell of `rect` (clipped to the buffer) with `style`, e.g. a
    /// background or the area under a dialog.
    public mutating func fill(_ rect: Rect, with style: Style) {
        let area = rect.intersection(bounds)
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX { store(.blank(style), x: x, y: y) }
        }
    }

    /// Changes the style of every cell in `rect` but keeps the text, e.g. to mark a
    /// selected row after its columns were drawn.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX {
                cells[y * width + x].style = transform(cells[y * width + x].style)
            }
        }
    }

    /// Copies `other` with its top-left corner at (x, y), clipped to this buffer.
    public mutating func draw(_ other: ScreenBuffer, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                let cell = other[column, row]
                guard !cell.isContinuation else { continue }
                self[x + column, y + row] = cell
            }
        }
    }
}

extension Character {
    /// Controls (and CR LF, which Swift treats as one grapheme) must never reach a terminal.
    var isControlLike: Bool {
        unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
    }
}
