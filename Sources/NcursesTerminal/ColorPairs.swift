import CNcursesw
import TermUI

/// Allocates ncurses colour pairs lazily, one per (foreground, background) actually
/// painted, instead of initialising all 17×17 combinations up front (more than many
/// terminals' `COLOR_PAIRS` allows).
struct ColorPairs {
    private struct Key: Hashable {
        let fg: Int16
        let bg: Int16
    }

    /// `COLORS`: below 16, bright colours are shown as the base colour (plus bold for text).
    private(set) var colors = 8
    private var limit = 0
    private var defaultColors = false
    private var assigned: [Key: Int16] = [:]
    private var next: Int16 = 1

    init() {}

    init(colors: Int, pairs: Int, defaultColors: Bool) {
        self.colors = colors
        limit = min(pairs, Int(Int16.max))
        self.defaultColors = defaultColors
    }

    /// Whether bright colours need the bold attribute to show as bright.
    var needsBoldForBright: Bool { colors < 16 }

    /// The pair number for a style's colours (0, the terminal default, when unset or
    /// when pairs run out, which degrades to default colours rather than failing).
    mutating func pair(foreground: Color?, background: Color?) -> Int16 {
        let fg = number(for: foreground, isForeground: true)
        let bg = number(for: background, isForeground: false)
        guard fg != -1 || bg != -1 else { return 0 }
        let key = Key(fg: fg, bg: bg)
        if let existing = assigned[key] { return existing }
        guard Int(next) < limit else { return 0 }
        let pair = next
        next += 1
        init_pair(pair, fg, bg)
        assigned[key] = pair
        return pair
    }

    private func number(for color: Color?, isForeground: Bool) -> Int16 {
        guard let color, var index = color.ansiIndex else {
            // Without use_default_colors, -1 is not allowed: fall back to white on black.
            return defaultColors ? -1 : (isForeground ? 7 : 0)
        }
        if index >= 8, colors < 16 { index -= 8 }
        return Int16(index)
    }
}
