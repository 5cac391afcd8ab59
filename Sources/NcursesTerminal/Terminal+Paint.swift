import CNcursesw
import TermUI

extension Terminal {
    /// Paints `buffer`, sending only the cells that differ from the last painted
    /// buffer; everything after a resize, a size change or ``invalidate()``. Cells
    /// beyond the screen are clipped.
    public func paint(_ buffer: ScreenBuffer) {
        guard isActive, let window = cn_stdscr() else { return }
        let screen = size
        let previous = lastPainted
        let full = needsFullRepaint || previous?.width != buffer.width || previous?.height != buffer.height
        if full {
            werase(window)
            // Makes the next refresh clear the real screen, so nothing from before a
            // resize survives where ncurses' idea of the screen was wrong.
            clearok(window, true)
        }
        for y in 0..<min(buffer.height, screen.height) {
            for x in 0..<min(buffer.width, screen.width) {
                let cell = buffer[x, y]
                guard !cell.isContinuation else { continue }
                if !full, let previous, previous[x, y] == cell, cell.width < 2 || previous[x + 1, y] == buffer[x + 1, y] { continue }
                draw(cell, x: x, y: y, screenWidth: screen.width, in: window)
            }
        }
        wnoutrefresh(window)
        doupdate()
        lastPainted = buffer
        needsFullRepaint = false
    }

    /// Forces the next ``paint(_:)`` to repaint everything (e.g. after the app printed
    /// outside the buffer, or on Ctrl-L).
    public func invalidate() {
        needsFullRepaint = true
    }

    private func draw(_ cell: Cell, x: Int, y: Int, screenWidth: Int, in window: UnsafeMutablePointer<WINDOW>) {
        let attributes = attributes(for: cell.style)
        var glyph = Glyph(cell, unicode: isUTF8)
        if glyph.columns == 2, x + 1 >= screenWidth { glyph = Glyph(blank: 1) }
        // Each entry starts where the previous one ended: a wide glyph is one entry.
        var column = x
        for characters in glyph.cells {
            var wide = characters.map { wchar_t(bitPattern: $0) } + [0]
            var cchar = cchar_t()
            setcchar(&cchar, &wide, attributes.attr, attributes.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(column), &cchar)
            column += glyph.cells.count == 1 ? glyph.columns : 1
        }
    }

    private func attributes(for style: Style) -> (attr: attr_t, pair: Int16) {
        var attr = cn_a_normal()
        if style.bold { attr |= cn_a_bold() }
        if style.dim { attr |= cn_a_dim() }
        if style.underline { attr |= cn_a_underline() }
        if style.reverse { attr |= cn_a_reverse() }
        guard colorsEnabled else { return (attr, 0) }
        if pairs.needsBoldForBright, style.foreground?.isBright == true { attr |= cn_a_bold() }
        return (attr, pairs.pair(foreground: style.foreground, background: style.background))
    }
}
