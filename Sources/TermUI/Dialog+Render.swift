extension Dialog {
    /// Width of the text area for a screen: wide enough for the title, buttons and
    /// unwrapped body where possible, capped by ``maxTextWidth`` and the screen.
    func textWidth(in screen: Rect) -> Int {
        let natural = max(
            body.map(\.displayWidth).max() ?? 0, buttonRowWidth, title.displayWidth + 4, 24
        )
        return max(1, min(natural, maxTextWidth, screen.width - 6))
    }

    /// Body lines after wrapping to the text width.
    func lines(in screen: Rect) -> [String] {
        let width = textWidth(in: screen)
        return body.flatMap { $0.isEmpty ? [""] : $0.wrapped(toWidth: width) }
    }

    /// The rows of the text area that body paragraph `index` occupies once wrapped, so a caller
    /// can style a paragraph without guessing where wrapping put it.
    public func rows(ofParagraph index: Int, in screen: Rect) -> Range<Int> {
        let width = textWidth(in: screen)
        let counts = body.map { $0.isEmpty ? 1 : $0.wrapped(toWidth: width).count }
        let start = counts.prefix(index).reduce(0, +)
        return start..<(start + (counts.indices.contains(index) ? counts[index] : 0))
    }

    /// Where the dialog goes on `screen`: centred, clamped to fit.
    public func frame(in screen: Rect) -> Rect {
        let buttonRows = buttons.isEmpty ? 0 : 2
        let height = 2 + 1 + lines(in: screen).count + buttonRows + 1
        return screen.centered(width: textWidth(in: screen) + 4, height: height)
    }

    /// Clears the dialog's area and draws it centred on `screen`.
    public func render(into buffer: inout ScreenBuffer, in screen: Rect) {
        let frame = frame(in: screen)
        guard frame.width >= 4, frame.height >= 3 else { return }
        buffer.fill(frame, with: theme.text)
        let box = Box(
            title: title, border: border,
            style: isDestructive ? theme.danger : theme.border,
            titleStyle: isDestructive ? theme.danger : theme.title,
            theme: theme
        )
        box.render(into: &buffer, in: frame)
        let text = frame.inset(top: 2, left: 2, bottom: 2, right: 2)
        let buttonRows = buttons.isEmpty ? 0 : 2
        let bodyRows = max(0, text.height - buttonRows)
        for (line, content) in lines(in: screen).prefix(bodyRows).enumerated() {
            buffer.put(content, in: text.row(line), style: theme.text)
        }
        guard !buttons.isEmpty, text.height >= 1 else { return }
        drawButtons(into: &buffer, row: text.row(text.height - 1))
    }

    private func drawButtons(into buffer: inout ScreenBuffer, row: Rect) {
        var x = row.x + max(0, (row.width - buttonRowWidth) / 2)
        for index in buttons.indices {
            guard x < row.maxX else { break }
            var style = index == selectedButton ? theme.selection.merged(over: theme.text) : theme.text
            if isDestructive, index == selectedButton { style = style.merged(over: theme.danger) }
            x += buffer.put(buttonLabel(index), x: x, y: row.y, style: style, maxWidth: row.maxX - x) + 2
        }
    }
}
