import Provisioning
import TermUI

/// A section of the IdP editor (Settings › Identity Providers › Okta): the section bar over a
/// scrolling page. General and Advanced share one keymap (``IdPEditorScreen``); Held has its own
/// (``HeldScreen``). Both switch sections, set the breaker policy and go back the same way.
protocol EditorScreen: PageScreen {}

extension EditorScreen {
    var helpTitle: String { "Edit identity provider" }

    /// The keys every section has, after its own.
    static var sectionKeys: [KeyBinding] {
        [
            Keymap.back,
            // The section bar itself says "←/→ switch section".
            KeyBinding(
                [.left, .right, .character("h"), .character("l")], "Switch section (General / Advanced / Held)", .switchSection,
                keyLabel: "←/→", footer: false),
        ]
    }

    func title(_ state: AppState) -> ViewTitle {
        guard let summary = state.editedIdP else { return IdPsScreen().title(state) }
        return ViewTitle(crumbs: ["Settings", "Identity Providers", summary.provider.name], info: [])
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        IdPEditorView.render(state, into: &buffer, in: rect, palette: palette)
    }

    func document(_ state: AppState, width: Int) -> Document? { IdPEditorView.document(state, width: width) }

    func scroll(_ state: AppState) -> Int { state.idps.editor?.scroll.offset ?? 0 }

    func setScroll(_ position: ScrollPosition, on state: inout AppState) { state.idps.editor?.scroll = position }

    func rowsAbove(_ state: AppState, lineCount: Int) -> Int {
        IdPEditorView.headerRows(lineCount: lineCount, contentHeight: state.layout.content.height)
    }

    /// The actions both keymaps have; nil for the section's own.
    func performShared(_ action: Action, key: Key, on state: inout AppState) -> [Effect]? {
        switch action {
        case .move(let movement):
            move(movement, on: &state)
            return []
        case .back:
            state.idps.editor = nil
            return []
        case .switchSection: return state.switchSection(key)
        case .editBreakerPolicy: return state.startBreakerPolicy()
        default: return nil
        }
    }
}
