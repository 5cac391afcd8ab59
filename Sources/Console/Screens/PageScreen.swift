import TermUI

/// A screen that is one scrolling page of text (a detail, the IdP editor), laid out by a pure
/// function of the state so `update` counts the very lines `render` draws.
protocol PageScreen: Screen {
    /// The page, once its content has arrived.
    func document(_ state: AppState, width: Int) -> Document?
    /// Its first visible line.
    func scroll(_ state: AppState) -> Int
    /// Where the page is scrolled to (kept in the state of the list or editor that opened it).
    func setScroll(_ position: ScrollPosition, on state: inout AppState)
    /// Rows of the content area above the page (the editor's section bar).
    func rowsAbove(_ state: AppState, lineCount: Int) -> Int
}

extension PageScreen {
    func rowsAbove(_ state: AppState, lineCount: Int) -> Int { 0 }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard let doc = document(state, width: rect.width) else {
            return EmptyState.render(["Loading…"], into: &buffer, in: rect, palette: palette)
        }
        doc.render(into: &buffer, in: rect, scroll: scroll(state), palette: palette)
    }

    /// Scrolls by `movement`, never past the end of the page.
    func move(_ movement: Movement, on state: inout AppState) {
        var position = ScrollPosition(offset: scroll(state))
        position.move(movement, lineCount: state.documentLineCount(), visibleRows: state.documentRows)
        setScroll(position, on: &state)
    }
}
