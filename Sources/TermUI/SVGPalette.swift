/// The colours an SVG export uses: a dark terminal theme.
public struct SVGPalette: Hashable, Sendable {
    /// `#rrggbb` for ANSI indices 0...15.
    public var ansi: [String]
    public var defaultForeground: String
    public var defaultBackground: String

    public init(ansi: [String], defaultForeground: String, defaultBackground: String) {
        precondition(ansi.count == 16, "an SVG palette needs the 16 ANSI colours")
        self.ansi = ansi
        self.defaultForeground = defaultForeground
        self.defaultBackground = defaultBackground
    }

    /// A dark palette in the spirit of common editor themes.
    public static let dark = SVGPalette(
        ansi: [
            "#282c34", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#dcdfe4",
            "#5c6370", "#ff7a85", "#b5e890", "#ffd68a", "#7cc4ff", "#de9bf0", "#7fd6e0", "#ffffff",
        ],
        defaultForeground: "#d7dae0",
        defaultBackground: "#1e2127"
    )

    func hex(_ color: Color?, foreground: Bool) -> String {
        guard let index = color?.ansiIndex else { return foreground ? defaultForeground : defaultBackground }
        return ansi[index]
    }

    /// Resolved (foreground, background) for a style, with reverse video applied.
    func colors(for style: Style) -> (fg: String, bg: String) {
        let fg = hex(style.foreground, foreground: true)
        let bg = hex(style.background, foreground: false)
        return style.reverse ? (bg, fg) : (fg, bg)
    }
}
