import Provisioning
import TermUI

/// The row under the tabs: where you are ("Settings › Identity Providers › Okta") on the left,
/// what you are looking at ("12 of 1,204 users · filter “ada”") on the right.
struct ViewTitle {
    var crumbs: [String]
    var info: [Span]

    func render(into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, with: palette.theme.text)
        let infoWidth = info.reduce(0) { $0 + $1.text.displayWidth }
        var x = rect.x + 1
        let limit = rect.maxX - (infoWidth > 0 ? infoWidth + 3 : 1)
        for (index, crumb) in crumbs.enumerated() {
            let last = index == crumbs.count - 1
            let style = last ? palette.style(.strong) : palette.theme.muted
            if index > 0 { x += buffer.put(" › ", x: x, y: rect.y, style: palette.theme.muted, maxWidth: max(0, limit - x)) }
            x += buffer.put(crumb.truncated(toWidth: max(0, limit - x)), x: x, y: rect.y, style: style, maxWidth: max(0, limit - x))
        }
        guard infoWidth > 0, infoWidth + 2 <= rect.width else { return }
        var right = rect.maxX - 1 - infoWidth
        for span in info {
            right += buffer.put(span.text, x: right, y: rect.y, style: palette.style(span.role))
        }
    }

    static func of(_ state: AppState) -> ViewTitle {
        var title = list(state)
        // Pages longer than the screen say where you are in them.
        if let doc = state.currentDocument(width: state.layout.content.width),
            let position = doc.position(scroll: state.currentScroll, rows: state.documentRows)
        {
            title.info = [Span(position, .muted)] + (title.info.isEmpty ? [] : [Span(" · ", .muted)] + title.info)
        }
        return title
    }

    private static func list(_ state: AppState) -> ViewTitle {
        state.page.title(state)
    }
}
