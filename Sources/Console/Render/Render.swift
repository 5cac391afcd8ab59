import TermUI

/// Draws the whole screen for `state` into `buffer` (whose size is the terminal's).
///
/// Pure: the same state and size always give the same cells, which is what the golden files
/// under `Tests/ConsoleTests/Golden` rely on.
public func render(_ state: AppState, into buffer: inout ScreenBuffer, theme: Theme) {
    let palette = Palette(theme: theme)
    buffer.fill(buffer.bounds, with: theme.text)
    let layout = ScreenLayout(width: buffer.width, height: buffer.height)
    guard !layout.isTooSmall else { return renderTooSmall(into: &buffer, palette: palette) }
    TopBar.render(state, into: &buffer, in: layout.topBar, palette: palette)
    Tabs(titles: ViewID.allCases.map(\.title), activeIndex: state.view.rawValue, theme: theme)
        .render(into: &buffer, in: layout.tabs)
    let heading = ViewTitle.of(state)
    heading.render(into: &buffer, in: layout.title, palette: palette)
    renderContent(state, into: &buffer, in: layout.content, palette: palette)
    renderStatus(state, into: &buffer, in: layout.status, palette: palette)
    KeyHintBar(hints: Footer.hints(for: state.keyContext, width: layout.footer.width), theme: theme)
        .render(into: &buffer, in: layout.footer)
    if state.modal != nil { state.keyContext.screen.render(state, into: &buffer, in: layout.bounds, palette: palette) }
}

/// The view's own area, between the title row and the status line.
func renderContent(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
    state.page.render(state, into: &buffer, in: rect, palette: palette)
}

/// The status row: the `/` or `:` line while typing, else the last message and the time.
func renderStatus(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
    if state.input != nil { return state.keyContext.screen.render(state, into: &buffer, in: rect, palette: palette) }
    StatusLine(
        message: state.status?.text ?? "", kind: state.status?.kind ?? .info,
        trailing: Format.clock(state.now) + " UTC", theme: palette.theme
    ).render(into: &buffer, in: rect)
}

func renderTooSmall(into buffer: inout ScreenBuffer, palette: Palette) {
    let bounds = buffer.bounds
    let middle = bounds.height / 2
    buffer.put("terminal too small (need 80×24)", in: bounds.row(max(0, middle - 1)), alignment: .center, style: palette.style(.strong))
    buffer.put(
        "now \(bounds.width)×\(bounds.height) — enlarge the window, or q to quit", in: bounds.row(middle), alignment: .center,
        style: palette.theme.muted)
}
