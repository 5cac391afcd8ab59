/// Pixel geometry of an SVG export.
struct SVGMetrics {
    let cellWidth = 9
    let cellHeight = 18
    let fontSize = 15
    let padding = 12
    /// Height of the window title bar, 0 without one.
    let top: Int
    /// Offset of the text baseline from the top of its cell.
    let baseline = 14

    init(titleBar: Bool) { top = titleBar ? 28 : 0 }

    func x(_ column: Int) -> Int { padding + column * cellWidth }
    func y(_ row: Int) -> Int { top + padding + row * cellHeight }
}

/// What makes two adjacent cells' text drawable as one `<text>` element.
struct SVGTextAttributes: Equatable {
    var fill: String
    var bold: Bool
    var dim: Bool
    var underline: Bool

    init(style: Style, palette: SVGPalette) {
        fill = palette.colors(for: style).fg
        bold = style.bold
        dim = style.dim
        underline = style.underline
    }

    init() {
        fill = ""
        bold = false
        dim = false
        underline = false
    }
}

struct SVGTextRun {
    var start: Int
    var attributes = SVGTextAttributes()
    var text = ""
}

/// Accumulates SVG markup.
struct SVGWriter {
    private(set) var text = ""

    mutating func line(_ markup: String) {
        text += markup
        text += "\n"
    }

    mutating func titleBar(_ title: String, width: Int, metrics: SVGMetrics, palette: SVGPalette) {
        for (index, color) in ["#ff5f57", "#febc2e", "#28c840"].enumerated() {
            line(#"<circle cx="\#(18 + index * 18)" cy="16" r="5.5" fill="\#(color)"/>"#)
        }
        line(
            #"<text x="\#(width / 2)" y="20" text-anchor="middle" font-family="sans-serif" font-size="13" fill="\#(palette.ansi[8])">\#(SVGWriter.escape(title))</text>"#
        )
    }

    /// Writes one run; blank runs are skipped unless underlined (the underline shows).
    mutating func write(_ run: SVGTextRun, row: Int, metrics: SVGMetrics, stretch: Bool = true) {
        var characters = Array(run.text)
        var start = run.start
        if !run.attributes.underline {
            while characters.last == " " { characters.removeLast() }
            while characters.first == " " {
                characters.removeFirst()
                start += 1
            }
        }
        guard !characters.isEmpty else { return }
        var attributes = #"x="\#(metrics.x(start))" y="\#(metrics.y(row) + metrics.baseline)" fill="\#(run.attributes.fill)""#
        if stretch, characters.count > 1 {
            attributes += #" textLength="\#(characters.count * metrics.cellWidth)" lengthAdjust="spacing""#
        }
        if run.attributes.bold { attributes += #" font-weight="bold""# }
        if run.attributes.dim { attributes += #" opacity="0.6""# }
        if run.attributes.underline { attributes += #" text-decoration="underline""# }
        line("<text \(attributes)>\(SVGWriter.escape(String(characters)))</text>")
    }

    /// XML-escapes text; characters XML 1.0 forbids become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                let forbidden = v < 0x20 || v == 0xFFFE || v == 0xFFFF
                out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
