import Foundation
import Provisioning
import TermUI

extension AppState {
    /// Enter or `e` on an IdP: Settings › Identity Providers › Okta.
    mutating func openEditor() -> [Effect] {
        guard let selected = idps.selected else { return [] }
        idps.editor = IdPEditorState(idpID: selected.id)
        return []
    }

    /// ←/→ walk General, Advanced and Held (and round again).
    mutating func switchSection(_ key: Key) -> [Effect] {
        guard var editor = idps.editor else { return [] }
        let sections = IdPEditorState.Section.allCases
        let back = key == .left || key == .character("h")
        editor.section = sections[(editor.section.rawValue + (back ? sections.count - 1 : 1)) % sections.count]
        editor.scroll = ScrollPosition()
        idps.editor = editor
        return []
    }

    /// `c` in the editor: the base URL to paste into the IdP, via the terminal's clipboard.
    mutating func copyBaseURL() -> [Effect] {
        guard let url = scimBaseURL else {
            post("No SCIM base URL to copy: \(listener.noURLText)", .warning)
            return []
        }
        copying = "the SCIM base URL"
        return [.copyToClipboard(url)]
    }

    /// The editor's IdP, if it still exists.
    var editedIdP: IdPSummary? { idps.editor.flatMap { idps.summary(id: $0.idpID) } }

    mutating func identityProvidersLoaded(_ items: [IdPSummary]) {
        let selectedID = idps.selected?.id
        idps.items = items.sorted { $0.provider.name.localizedCaseInsensitiveCompare($1.provider.name) == .orderedAscending }
        idps.loaded = true
        idpsLoading = false
        if let selectedID, let index = idps.items.firstIndex(where: { $0.id == selectedID }) {
            idps.selection.index = index
        }
        idps.selection.clamp(count: idps.items.count, visibleRows: tableRows)
        if let editor = idps.editor, idps.summary(id: editor.idpID) == nil { idps.editor = nil }
    }

    mutating func identityProviderAdded(_ idp: IdentityProvider) -> [Effect] {
        if case .addIdentityProvider = modal { modal = nil }
        // Show it at once; the reload that follows fills in its (empty) token state.
        idps.items.append(IdPSummary(provider: idp, newestToken: nil, lastRequest: nil))
        identityProvidersLoaded(idps.items)
        if let index = idps.items.firstIndex(where: { $0.id == idp.id }) {
            idps.selection.select(index, count: idps.items.count, visibleRows: tableRows)
        }
        view = .identityProviders
        idps.editor = IdPEditorState(idpID: idp.id, section: .advanced)
        post("Added \(idp.name). Press g to generate its auto-provisioning token.", .success)
        idpsLoading = true
        return [.loadIdentityProviders]
    }
}
