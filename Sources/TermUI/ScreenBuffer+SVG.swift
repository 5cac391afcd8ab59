extension ScreenBuffer {
    /// A self-contained SVG picture of the screen, for README screenshots.
    ///
    /// Geometry is whole pixels (9×18 cells, 15px monospace) so coordinates stay exact.
    /// Runs of plain narrow text become one `<text>` stretched to the grid with
    /// `textLength`, so a font whose advance is not exactly 9px still lines up; wide and
    /// composed graphemes are placed one by one at their own cell.
    public func svg(title: String? = nil, palette: SVGPalette = .dark) -> String {
        let metrics = SVGMetrics(titleBar: title != nil)
        var out = SVGWriter()
        let w = width * metrics.cellWidth + 2 * metrics.padding
        let h = height * metrics.cellHeight + 2 * metrics.padding + metrics.top
        out.line(#"<svg xmlns="http://www.w3.org/2000/svg" width="\#(w)" height="\#(h)" viewBox="0 0 \#(w) \#(h)">"#)
        if let title { out.line("<title>\(SVGWriter.escape(title))</title>") }
        out.line(#"<rect width="100%" height="100%" rx="6" fill="\#(palette.defaultBackground)"/>"#)
        if let title { out.titleBar(title, width: w, metrics: metrics, palette: palette) }
        out.line(
            #"<g font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="\#(metrics.fontSize)" xml:space="preserve">"#
        )
        for y in 0..<height { backgrounds(row: y, metrics: metrics, palette: palette, into: &out) }
        for y in 0..<height { texts(row: y, metrics: metrics, palette: palette, into: &out) }
        out.line("</g>")
        out.line("</svg>")
        return out.text
    }

    private func backgrounds(row y: Int, metrics: SVGMetrics, palette: SVGPalette, into out: inout SVGWriter) {
        var x = 0
        while x < width {
            let bg = palette.colors(for: self[x, y].style).bg
            var end = x + 1
            while end < width, palette.colors(for: self[end, y].style).bg == bg { end += 1 }
            if bg != palette.defaultBackground {
                out.line(
                    #"<rect x="\#(metrics.x(x))" y="\#(metrics.y(y))" width="\#((end - x) * metrics.cellWidth)" height="\#(metrics.cellHeight)" fill="\#(bg)"/>"#
                )
            }
            x = end
        }
    }

    private func texts(row y: Int, metrics: SVGMetrics, palette: SVGPalette, into out: inout SVGWriter) {
        var run = SVGTextRun(start: 0)
        for x in 0..<width {
            let cell = self[x, y]
            if cell.isContinuation { continue }
            let attributes = SVGTextAttributes(style: cell.style, palette: palette)
            if cell.isGridSimple, run.attributes == attributes || run.text.isEmpty {
                if run.text.isEmpty { run = SVGTextRun(start: x, attributes: attributes) }
                run.text.append(cell.grapheme)
                continue
            }
            out.write(run, row: y, metrics: metrics)
            if cell.isGridSimple {
                run = SVGTextRun(start: x, attributes: attributes, text: String(cell.grapheme))
            } else {
                out.write(
                    SVGTextRun(start: x, attributes: attributes, text: String(cell.grapheme)), row: y, metrics: metrics, stretch: false)
                run = SVGTextRun(start: x + 1)
            }
        }
        out.write(run, row: y, metrics: metrics)
    }
}

extension Cell {
    /// One BMP scalar one column wide: safe to lay out as part of a stretched run.
    fileprivate var isGridSimple: Bool {
        let scalars = grapheme.unicodeScalars
        return scalars.count == 1 && scalars.first!.value < 0x10000 && grapheme.displayWidth == 1
    }
}
