import TermUI

/// What a piece of text is, independent of colours; ``Palette`` turns it into a style.
enum Role: Sendable, Hashable {
    case text, muted, heading, strong, accent, ok, warning, danger, badge
}

/// The console's styles on top of a ``Theme``: the theme's roles plus the few the kit does not
/// name (an inline warning, HTTP status classes), each with a monochrome form that still reads.
struct Palette {
    let theme: Theme
    /// `false` for `Theme.monochrome` (or any theme without colours).
    let hasColor: Bool

    init(theme: Theme) {
        self.theme = theme
        hasColor = theme != theme.withoutColors
    }

    func style(_ role: Role) -> Style {
        switch role {
        case .text: theme.text
        case .muted: theme.muted
        case .heading: theme.header
        case .strong: theme.title
        case .accent: theme.accent
        case .ok: hasColor ? Style(foreground: .green) : theme.text
        case .warning: hasColor ? Style(foreground: .yellow, bold: true) : .bold
        case .danger: theme.danger
        case .badge: theme.statusError
        }
    }

    /// 2xx green, 3xx cyan, 4xx yellow, 5xx red; without colour, errors are bold.
    func httpStatus(_ status: Int) -> Style {
        switch status {
        case ..<300: style(.ok)
        case ..<400: hasColor ? Style(foreground: .cyan) : theme.text
        case ..<500: style(.warning)
        default: style(.danger)
        }
    }

    func severity(_ severity: TokenStatusText.Severity) -> Style {
        switch severity {
        case .normal: theme.text
        case .muted: theme.muted
        case .warning: style(.warning)
        case .danger: style(.danger)
        }
    }
}
