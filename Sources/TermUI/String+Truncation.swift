extension StringProtocol {
    /// The longest prefix that fits in `width` columns, ending in `ellipsis` when
    /// anything was cut. Wide graphemes are never split: a prefix that would end in
    /// half of one stops before it, so the result may be one column narrower.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        // When even the ellipsis does not fit, a plain cut says more than a lone "…".
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in self {
            let w = character.displayWidth
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        return ellipsisWidth <= width ? result + ellipsis : result
    }

    /// Exactly `width` columns: truncated with an ellipsis if too long, padded with
    /// spaces according to `alignment` if too short. (A wide grapheme cut at the edge
    /// becomes padding, so the result is always exactly `width` columns.)
    public func fitted(toWidth width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let text = truncated(toWidth: width, ellipsis: ellipsis)
        let gap = width - text.displayWidth
        guard gap > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }
}
