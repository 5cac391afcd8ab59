import TermUI

/// The `?` overlay, generated from the same key tables as the footer: the view's own keys and
/// movement on the left, the keys that work everywhere on the right.
enum HelpOverlay {
    static let keyColumn = 12

    static let columnGap = 4

    /// Just big enough for its columns (and title), at most the screen less a margin.
    static func frame(for context: KeyContext, in screen: Rect) -> Rect {
        let widths = columns(for: context).map(width(of:))
        let content = widths.reduce(0, +) + columnGap * max(0, widths.count - 1)
        let width = max(content + 4, title(of: context).displayWidth + 20)
        return screen.centered(width: min(screen.width - 4, width), height: min(screen.height - 2, lines(for: context).count + 2))
    }

    static func width(of column: [[Span]]) -> Int {
        column.map { $0.reduce(0) { $0 + $1.text.displayWidth } }.max() ?? 0
    }

    /// Rows of help text the overlay shows on a screen `height` rows tall.
    static func visibleRows(for context: KeyContext, height: Int) -> Int {
        max(1, min(height - 2, lines(for: context).count + 2) - 2)
    }

    /// The left and right columns of lines; two columns, because one would not fit 80×24.
    static func columns(for context: KeyContext) -> [[[Span]]] {
        let sections = Keymap.sections(for: context)
        let split = sections.count > 2 ? sections.count - 1 : sections.count
        var columns = [Array(sections.prefix(split)), Array(sections.dropFirst(split))]
            .filter { !$0.isEmpty }
            .map { $0.flatMap(lines(of:)) }
        // Under the global keys, the shorter column, so the overlay still fits 80×24.
        if !columns.isEmpty, let grammar = filterGrammar(for: context) { columns[columns.count - 1] += [[]] + grammar }
        return columns
    }

    static func lines(for context: KeyContext) -> [[Span]] {
        columns(for: context).max { $0.count < $1.count } ?? []
    }

    static func lines(of section: KeySection) -> [[Span]] {
        [[Span(section.title, .heading)]]
            + section.bindings.map { binding in
                var spans = [Span(" " + binding.keyLabel.fitted(toWidth: keyColumn - 1), .accent), Span(binding.label)]
                if binding.isDestructive { spans.append(Span(" (asks to confirm)", .danger)) }
                return spans
            }
    }

    static func render(_ help: HelpState, into buffer: inout ScreenBuffer, in screen: Rect, palette: Palette) {
        let frame = frame(for: help.context, in: screen)
        buffer.fill(frame, with: palette.theme.text)
        Box(title: "Keys — " + title(of: help.context) + " · Esc closes", theme: palette.theme).render(into: &buffer, in: frame)
        let inner = frame.inset(top: 1, left: 2, bottom: 1, right: 2)
        let columns = columns(for: help.context)
        // The left column as wide as its longest line, the right one gets the rest.
        let sizes: [Length] = columns.count > 1 ? [.fixed(columns.first.map(width(of:)) ?? 0), .fill] : [.fill]
        let rects = inner.splitColumns(sizes, spacing: columnGap)
        for (column, rect) in zip(columns, rects) {
            let offset = Scrolling.offset(selected: nil, current: help.scroll.offset, visibleRows: rect.height, rowCount: column.count)
            for row in 0..<rect.height where offset + row < column.count {
                var x = rect.x
                for span in column[offset + row] {
                    x += buffer.put(span.text, x: x, y: rect.y + row, style: palette.style(span.role), maxWidth: max(0, rect.maxX - x))
                }
            }
        }
    }

    static func title(of context: KeyContext) -> String {
        context.screen.helpTitle
    }

    /// What `/` understands in this view, under its keys: a filter nobody can guess is no filter.
    static func filterGrammar(for context: KeyContext) -> [[Span]]? {
        let rules = context.screen.filterGrammar.map { ($0.syntax, $0.meaning) }
        guard !rules.isEmpty else { return nil }
        let width = max(keyColumn, (rules.map(\.0.count).max() ?? 0) + 1)
        return [[Span("Filter / (as you type)", .heading)]]
            + rules.map { [Span(" " + $0.0.fitted(toWidth: width), .accent), Span($0.1)] }
    }
}
