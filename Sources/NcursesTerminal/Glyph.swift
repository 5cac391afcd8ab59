import CNcursesw
import TermUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What is actually sent to ncurses for one cell: the scalars of each screen column.
///
/// ncurses advances its cursor by the C library's `wcwidth`, the buffer by TermUI's
/// grapheme widths. Where the two disagree, sending the grapheme as is would leave
/// ncurses and the terminal one column apart for the rest of the line, so the glyph is
/// reduced to something both count the same, keeping the layout intact:
/// - ZWJ sequences and skin tones: the first emoji only (👩‍💻 → 👩);
/// - flags, which `wcwidth` counts per regional indicator: the two letters (🇯🇵 → JP);
/// - a text character made wide by VS16 (❤️): the character and a blank;
/// - no UTF-8 locale, or a character the C library cannot print: "?".
struct Glyph {
    /// Scalars per painted cell, left to right (combining marks ride with their base).
    /// A wide character is one entry covering two columns.
    var cells: [[UInt32]]
    /// Screen columns covered: the grapheme's width in the buffer.
    var columns: Int

    init(blank columns: Int) {
        cells = Array(repeating: [0x20], count: columns)
        self.columns = columns
    }

    init(_ cell: Cell, unicode: Bool) {
        let expected = min(2, max(1, cell.grapheme.displayWidth))
        columns = expected
        let scalars = Array(cell.grapheme.unicodeScalars.map(\.value))
        guard let base = scalars.first else {
            cells = [[0x20]]
            return
        }
        if base < 0x80, scalars.count == 1 {
            cells = [[base]]
            return
        }
        let padding: [[UInt32]] = expected == 2 ? [[0x20]] : []
        guard unicode else {
            cells = [[base < 0x80 ? base : 0x3F]] + padding
            return
        }
        if scalars.count >= 2, Glyph.isRegionalIndicator(scalars[0]), Glyph.isRegionalIndicator(scalars[1]) {
            cells = [[scalars[0] - 0x1F1E6 + 0x41], [scalars[1] - 0x1F1E6 + 0x41]]
            return
        }
        let baseWidth = Int(cn_wcwidth(wchar_t(bitPattern: base)))
        if baseWidth == expected {
            let marks = scalars.dropFirst().prefix { $0 != 0x200D && cn_wcwidth(wchar_t(bitPattern: $0)) == 0 }
            // cchar_t holds at most CCHARW_MAX (5) wide characters.
            cells = [[base] + marks.prefix(4)]
        } else if baseWidth == 1, expected == 2 {
            cells = [[base], [0x20]]
        } else {
            cells = [[0x3F]] + padding
        }
    }

    private static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }
}
