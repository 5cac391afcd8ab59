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

/// General and Advanced: rename, remove, and User Auto-Provisioning (SCIM) — generate and revoke
/// the token, copy the base URL, set the breaker policy.
struct IdPEditorScreen: EditorScreen {
    var keySections: [KeySection] {
        let keys = Self.sectionKeys
        return [
            KeySection(
                "Edit identity provider",
                [
                    .char("g", "Generate token", .generateToken),
                    // Not r: r reloads in every list, and a reflex must never revoke a token.
                    .char("x", "Revoke token", .revokeToken, destructive: true),
                    keys[0],
                    .char("n", "Rename", .renameIdentityProvider, footer: false),
                    .char("D", "Remove the IdP", .removeIdentityProvider, destructive: true, footer: false),
                    keys[1],
                    .char("c", "Copy the SCIM base URL", .copyBaseURL, footer: false),
                    .char("b", "Set the breaker policy", .editBreakerPolicy, footer: false),
                ]),
            Keymap.textNavigation, Keymap.global,
        ]
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        if let shared = performShared(action, key: key, on: &state) { return shared }
        switch action {
        case .generateToken: return state.requestGenerate()
        case .revokeToken: return state.requestRevoke()
        case .copyBaseURL: return state.copyBaseURL()
        case .renameIdentityProvider: return state.startRename()
        case .removeIdentityProvider: return state.startRemove()
        default: return []
        }
    }
}

/// Held: what the mass-deprovisioning breaker holds, and the operator's two decisions. Capitals,
/// so neither is one stray lowercase key away; both ask first.
struct HeldScreen: EditorScreen {
    var keySections: [KeySection] {
        let keys = Self.sectionKeys
        return [
            KeySection(
                "Held by the breaker",
                [
                    .char("R", "Release", .releaseBreaker, destructive: true),
                    .char("K", "Keep holding", .keepHolding, destructive: true),
                    keys[0], keys[1],
                    .char("b", "Set the breaker policy", .editBreakerPolicy, footer: false),
                ]),
            Keymap.textNavigation, Keymap.global,
        ]
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        if let shared = performShared(action, key: key, on: &state) { return shared }
        switch action {
        case .releaseBreaker: return state.requestRelease()
        case .keepHolding: return state.requestKeepHolding()
        default: return []
        }
    }
}
