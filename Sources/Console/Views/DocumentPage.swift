import TermUI

/// The scrolling detail pages (user, group, request, audit event) and the IdP editor: one place
/// that builds the page for the state, so `update` counts the very lines `render` draws.
enum DocumentPage {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard let doc = state.currentDocument(width: rect.width) else {
            EmptyState.render(["Loading…"], into: &buffer, in: rect, palette: palette)
            return
        }
        doc.render(into: &buffer, in: rect, scroll: state.currentScroll, palette: palette)
    }
}

extension AppState {
    /// The page shown now, if the view is a page (and its content has arrived).
    func currentDocument(width: Int) -> Document? {
        if let page { return (page as? any PageScreen)?.document(self, width: width) }
        switch keyContext {
        case .idpEditor, .heldEditor:
            return IdPEditorView.document(self, width: width)
        default:
            return nil
        }
    }

    var currentScroll: Int {
        if let page { return (page as? any PageScreen)?.scroll(self) ?? 0 }
        return idps.editor?.scroll.offset ?? 0
    }

    /// Rows the page has on screen (the editor keeps one or two for its section bar).
    var documentRows: Int {
        let content = layout.content.height
        guard keyContext == .idpEditor || keyContext == .heldEditor else { return max(1, content) }
        return max(1, content - IdPEditorView.headerRows(lineCount: documentLineCount(), contentHeight: content))
    }

    func documentLineCount() -> Int {
        currentDocument(width: layout.content.width)?.lines.count ?? 0
    }
}
