extension ScreenBuffer {
    /// The screen's styles as text, for golden files: one line per row with a letter per cell
    /// (a space for an unstyled cell), then a legend naming each letter's style.
    ///
    /// Text-only goldens cannot see a colour landing on the wrong row; this map can, and it
    /// reviews as an ordinary diff. Letters are given in order of first appearance, so the map
    /// of a screen does not depend on anything but its cells.
    public func styleMap() -> String {
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var rows: [String] = []
        for y in 0..<height {
            var line = ""
            for cell in row(y) where !cell.isContinuation {
                guard cell.style != .plain else {
                    line.append(" ")
                    continue
                }
                if letters[cell.style] == nil {
                    let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
                    letters[cell.style] = letter
                    legend.append("\(letter) \(cell.style.summary)")
                }
                // Wide graphemes take two cells but one letter, like their text.
                line.append(letters[cell.style]!)
            }
            while line.last == " " { line.removeLast() }
            rows.append(line)
        }
        return (rows + legend).joined(separator: "\n")
    }
}

extension Style {
    /// "fg:green bold reverse": what is set, in a fixed order.
    public var summary: String {
        var parts: [String] = []
        if let foreground { parts.append("fg:\(foreground)") }
        if let background { parts.append("bg:\(background)") }
        if bold { parts.append("bold") }
        if dim { parts.append("dim") }
        if underline { parts.append("underline") }
        if reverse { parts.append("reverse") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
