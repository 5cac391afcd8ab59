import TermUI

extension AppState {
    /// The page on screen as a ``PageScreen`` (a detail, the IdP editor), if it is one.
    var pageScreen: (any PageScreen)? { page as? any PageScreen }

    /// The page shown now, if the view is a page (and its content has arrived).
    func currentDocument(width: Int) -> Document? { pageScreen?.document(self, width: width) }

    var currentScroll: Int { pageScreen?.scroll(self) ?? 0 }

    /// Rows the page has on screen (the editor keeps one or two for its section bar).
    var documentRows: Int {
        let content = layout.content.height
        return max(1, content - (pageScreen?.rowsAbove(self, lineCount: documentLineCount()) ?? 0))
    }

    func documentLineCount() -> Int {
        currentDocument(width: layout.content.width)?.lines.count ?? 0
    }
}
