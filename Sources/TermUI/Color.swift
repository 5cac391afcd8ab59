/// A terminal colour: the terminal's default, one of the 8 ANSI colours, or its bright variant.
///
/// Only the 16-colour palette is modelled on purpose: it is what every terminal an
/// admin reaches over SSH can show, and it maps one-to-one onto ncurses colour numbers.
public enum Color: Hashable, Sendable, CaseIterable {
    /// The terminal's own foreground or background (ncurses `-1` with `use_default_colors`).
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The ANSI index 0...15, or `nil` for `.default`.
    public var ansiIndex: Int? {
        switch self {
        case .default: nil
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .brightBlack: 8
        case .brightRed: 9
        case .brightGreen: 10
        case .brightYellow: 11
        case .brightBlue: 12
        case .brightMagenta: 13
        case .brightCyan: 14
        case .brightWhite: 15
        }
    }

    /// Whether this is one of the bright variants (indices 8...15).
    public var isBright: Bool { (ansiIndex ?? 0) >= 8 }

    /// The non-bright colour of the same hue; terminals with only 8 colours show bright
    /// variants as the base colour plus bold.
    public var base: Color {
        guard let index = ansiIndex, index >= 8 else { return self }
        return Color(ansiIndex: index - 8) ?? self
    }

    /// The colour for an ANSI index 0...15, or `nil` outside that range.
    public init?(ansiIndex: Int) {
        guard let match = Color.allCases.first(where: { $0.ansiIndex == ansiIndex }) else { return nil }
        self = match
    }
}
