extension TextField {
    /// Draws `prompt` and the text on the first row of `rect`, scrolled horizontally so
    /// the cursor is visible, with the cursor cell in the theme's cursor style (the
    /// terminal's own cursor is hidden, so this is the only cursor the user sees).
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, prompt: String = "", style: Style? = nil, theme: Theme = .color) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        let style = style ?? theme.text
        buffer.fill(row, with: style)
        let promptWidth = buffer.put(prompt, x: row.x, y: row.y, style: style, maxWidth: row.width)
        let available = row.width - promptWidth
        guard available > 0 else { return }
        // Leave one column for the cursor when it sits after the last grapheme.
        var first = 0
        while first < cursor, width(first..<cursor) > available - 1 { first += 1 }
        let x = row.x + promptWidth
        buffer.put(slice(first..<count), x: x, y: row.y, style: style, maxWidth: available)
        let cursorX = x + width(first..<cursor)
        guard cursorX < row.maxX else { return }
        let cursorWidth = cursor < count ? max(1, width(cursor..<(cursor + 1))) : 1
        buffer.restyle(Rect(x: cursorX, y: row.y, width: cursorWidth, height: 1)) { theme.cursor.merged(over: $0) }
    }
}
