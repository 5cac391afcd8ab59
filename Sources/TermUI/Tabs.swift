/// A one-row tab bar: " 1 Users  2 Groups  3 Traffic ", the active tab highlighted.
///
/// Tabs are numbered from 1 so the number doubles as the key that selects them.
public struct Tabs: Sendable {
    public var titles: [String]
    public var activeIndex: Int
    public var theme: Theme

    public init(titles: [String], activeIndex: Int, theme: Theme = .color) {
        self.titles = titles
        self.activeIndex = activeIndex
        self.theme = theme
    }

    /// The label of each tab for a bar `width` columns wide: full titles when they fit,
    /// otherwise inactive tabs shrink to their number so the active one stays readable.
    public func labels(forWidth width: Int) -> [String] {
        let full = titles.enumerated().map { " \($0.offset + 1) \($0.element) " }
        if full.reduce(0, { $0 + $1.displayWidth }) <= width { return full }
        return full.enumerated().map { $0.offset == activeIndex ? $0.element : " \($0.offset + 1) " }
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, with: theme.text)
        var x = row.x
        for (index, label) in labels(forWidth: row.width).enumerated() {
            guard x < row.maxX else { break }
            let style = index == activeIndex ? theme.tabActive : theme.tabInactive
            x += buffer.put(label, x: x, y: row.y, style: style, maxWidth: row.maxX - x)
        }
    }
}
