import TermUI

/// A run of text with one role.
struct Span: Sendable, Hashable {
    var text: String
    var role: Role

    init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

/// A scrolling page of text (details, the IdP editor), laid out for one width.
///
/// Built by pure functions of the state, so `update` can count its lines to clamp scrolling
/// and `render` draws exactly the same lines.
struct Document: Sendable {
    let width: Int
    private(set) var lines: [[Span]] = []

    init(width: Int) { self.width = max(1, width) }

    mutating func blank() { lines.append([]) }

    mutating func line(_ spans: Span...) { lines.append(spans) }

    mutating func line(_ spans: [Span]) { lines.append(spans) }

    mutating func heading(_ text: String) {
        if !(lines.last?.isEmpty ?? true) { blank() }
        lines.append([Span(text, .heading)])
    }

    /// `label  value`, the value wrapped under itself.
    mutating func field(_ label: String, _ value: String, _ role: Role = .text, labelWidth: Int = 16) {
        let indent = 2 + labelWidth + 1
        let pieces = value.isEmpty ? ["—"] : value.wrapped(toWidth: max(8, width - indent))
        for (index, piece) in pieces.enumerated() {
            let head = index == 0 ? "  " + label.fitted(toWidth: labelWidth) + " " : String(repeating: " ", count: indent)
            lines.append([Span(head, .muted), Span(piece, value.isEmpty ? .muted : role)])
        }
    }

    /// Word-wrapped text; continuation lines are indented to line up after `prefix`.
    mutating func paragraph(_ text: String, _ role: Role = .text, indent: Int = 2, prefix: String = "") {
        let hanging = indent + prefix.displayWidth
        let pieces = text.wrapped(toWidth: max(8, width - hanging))
        for (index, piece) in pieces.enumerated() {
            let head = String(repeating: " ", count: indent) + (index == 0 ? prefix : String(repeating: " ", count: prefix.displayWidth))
            lines.append([Span(head, role), Span(piece, role)])
        }
    }

    /// Preformatted text (JSON): indentation kept, long lines broken at the width.
    mutating func code(_ text: String, indent: Int = 2) {
        let room = max(8, width - indent)
        let pad = String(repeating: " ", count: indent)
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(raw)
            repeat {
                var piece = ""
                var used = 0
                while let next = rest.first, used + next.displayWidth <= room {
                    piece.append(next)
                    used += next.displayWidth
                    rest = rest.dropFirst()
                }
                if piece.isEmpty, let next = rest.first {  // a grapheme wider than the room
                    piece.append(next)
                    rest = rest.dropFirst()
                }
                lines.append([Span(pad + piece, .text)])
            } while !rest.isEmpty
        }
    }

    /// "lines 1–19 of 57" when the page is longer than `rows`, for the title row.
    func position(scroll: Int, rows: Int) -> String? {
        guard lines.count > rows else { return nil }
        let offset = Scrolling.offset(selected: nil, current: scroll, visibleRows: rows, rowCount: lines.count)
        return "lines \(offset + 1)–\(offset + rows) of \(lines.count)"
    }

    /// Draws the lines from `scroll` (clamped so the page never scrolls past its end).
    func render(into buffer: inout ScreenBuffer, in rect: Rect, scroll: Int, palette: Palette) {
        buffer.fill(rect, with: palette.theme.text)
        let offset = Scrolling.offset(selected: nil, current: scroll, visibleRows: rect.height, rowCount: lines.count)
        for row in 0..<rect.height where offset + row < lines.count {
            var x = rect.x
            for span in lines[offset + row] {
                guard x < rect.maxX else { break }
                x += buffer.put(span.text, x: x, y: rect.y + row, style: palette.style(span.role), maxWidth: rect.maxX - x)
            }
        }
    }
}
