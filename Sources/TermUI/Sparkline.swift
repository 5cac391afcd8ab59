/// A one-row chart of a series with ▁▂▃▄▅▆▇█, newest value at the right.
public struct Sparkline: Sendable {
    public var values: [Double]
    /// The value drawn as a full bar; `nil` scales to the largest value shown.
    public var maximum: Double?
    public var theme: Theme

    public init(values: [Double], maximum: Double? = nil, theme: Theme = .color) {
        self.values = values
        self.maximum = maximum
        self.theme = theme
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The bars for the last `width` values, scaled from 0 (▁) to `maximum` (█). Values
    /// are clamped; NaN and negatives count as 0; an all-zero series is a flat ▁ line.
    public static func bars(_ values: [Double], width: Int, maximum: Double? = nil) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width).map { $0.isNaN ? 0 : max(0, $0) }
        let top = maximum ?? shown.max() ?? 0
        return String(
            shown.map { value -> Character in
                guard top > 0 else { return levels[0] }
                let level = Int((min(value, top) / top * Double(levels.count)).rounded(.down))
                return levels[min(levels.count - 1, level)]
            })
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let text = Sparkline.bars(values, width: rect.width, maximum: maximum)
        buffer.put(text, x: rect.maxX - text.displayWidth, y: rect.y, style: theme.chart)
    }
}
