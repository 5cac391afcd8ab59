extension StringProtocol {
    /// Word-wraps into lines of at most `width` columns. Existing newlines are kept;
    /// a word longer than a line is broken by grapheme, never inside a wide one.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(paragraph, width: width))
        }
        return lines
    }
}

private func wrapParagraph(_ paragraph: some StringProtocol, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = Substring(word)
        var wordWidth = word.displayWidth
        let separator = line.isEmpty ? 0 : 1
        if lineWidth + separator + wordWidth <= width {
            if separator == 1 { line.append(" ") }
            line += word
            lineWidth += separator + wordWidth
            continue
        }
        if !line.isEmpty { lines.append(line) }
        line = ""
        lineWidth = 0
        // Hard-break words that cannot fit on any line.
        while wordWidth > width {
            let head = prefix(of: word, width: width)
            lines.append(String(head))
            word = word.dropFirst(head.count)
            wordWidth = word.displayWidth
        }
        line = String(word)
        lineWidth = wordWidth
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
}

private func prefix(of text: Substring, width: Int) -> Substring {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
        let w = text[index].displayWidth
        if used + w > width { break }
        used += w
        end = text.index(after: index)
    }
    // A single grapheme wider than the line must still make progress.
    if end == text.startIndex, !text.isEmpty { end = text.index(after: text.startIndex) }
    return text[text.startIndex..<end]
}
