extension ScreenBuffer {
    /// The screen as plain text: one line per row, trailing spaces trimmed, the right
    /// half of a wide grapheme not repeated. This is the format golden files store.
    public func text() -> String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// Row `y` as plain text, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        var text = ""
        for cell in row(y) where !cell.isContinuation { text.append(cell.grapheme) }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// A copy with every colour removed and attributes kept: what a `NO_COLOR`
    /// terminal shows, and a check that a screen stays legible without colour.
    public func strippingColors() -> ScreenBuffer {
        var copy = self
        for index in copy.cells.indices { copy.cells[index].style = copy.cells[index].style.monochrome }
        return copy
    }
}
