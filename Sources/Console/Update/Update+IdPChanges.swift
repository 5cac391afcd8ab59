import Foundation
import Provisioning
import TermUI

extension AppState {
    /// `n` in the editor: the name, ready to edit.
    mutating func startRename() -> [Effect] {
        guard let idp = editedIdP?.provider else { return [] }
        modal = .nameIdentityProvider(NameForm(purpose: .rename, idpID: idp.id, currentName: idp.name, field: TextField(idp.name)))
        return []
    }

    /// `D` in the editor: removal deletes the IdP's users and groups, so it says how many and asks
    /// for the name to be typed; Enter alone can never remove anything.
    mutating func startRemove() -> [Effect] {
        guard let idp = editedIdP?.provider else { return [] }
        modal = .nameIdentityProvider(
            NameForm(purpose: .remove(users: nil, groups: nil), idpID: idp.id, currentName: idp.name, field: TextField()))
        return [.loadIdentityProviderFootprint(idpID: idp.id)]
    }

    mutating func handleNameForm(_ key: Key, _ action: Action?) -> [Effect] {
        guard case .nameIdentityProvider(var form) = modal, !form.isSaving || action == .cancel else { return [] }
        switch action {
        case .cancel:
            modal = nil
            return []
        case .submit:
            let typed = form.field.text.trimmingCharacters(in: .whitespaces)
            switch form.purpose {
            case .rename:
                guard !typed.isEmpty else {
                    form.error = "Give it a name, e.g. Okta Prod."
                    modal = .nameIdentityProvider(form)
                    return []
                }
                form.isSaving = true
                modal = .nameIdentityProvider(form)
                return [.renameIdentityProvider(idpID: form.idpID, name: typed)]
            case .remove:
                guard typed.lowercased() == form.currentName.lowercased() else {
                    form.error = "Type \(form.currentName) to remove it, or Esc to keep it."
                    modal = .nameIdentityProvider(form)
                    return []
                }
                form.isSaving = true
                modal = .nameIdentityProvider(form)
                return [.removeIdentityProvider(idpID: form.idpID)]
            case .breakerPolicy(let current):
                do {
                    let policy = try BreakerPolicy(parsing: typed, changing: current)
                    form.isSaving = true
                    modal = .nameIdentityProvider(form)
                    return [.setBreakerPolicy(idpID: form.idpID, policy: policy)]
                } catch {
                    form.error = error.description
                    modal = .nameIdentityProvider(form)
                    return []
                }
            }
        default:
            form.error = nil
            _ = form.field.handle(key)
        }
        modal = .nameIdentityProvider(form)
        return []
    }

    mutating func identityProviderFootprint(_ id: UUID, users: Int, groups: Int) {
        guard case .nameIdentityProvider(var form) = modal, form.idpID == id, case .remove = form.purpose else { return }
        form.purpose = .remove(users: users, groups: groups)
        modal = .nameIdentityProvider(form)
    }

    mutating func identityProviderRenamed(_ idp: IdentityProvider) -> [Effect] {
        if case .nameIdentityProvider = modal { modal = nil }
        if let index = idps.items.firstIndex(where: { $0.id == idp.id }) { idps.items[index].provider = idp }
        post("Renamed to \(idp.name). Its token, users and groups are unchanged.", .success)
        idpsLoading = true
        return [.loadIdentityProviders]
    }

    mutating func identityProviderRemoved(_ name: String, _ removal: IdentityProviderRemoval) -> [Effect] {
        if case .nameIdentityProvider = modal { modal = nil }
        idps.editor = nil
        post(
            "Removed \(name): its token no longer works; \(Format.plural(removal.users, "user")) and \(Format.plural(removal.groups, "group")) deleted",
            .success)
        idpsLoading = true
        return [.loadIdentityProviders]
    }

    mutating func identityProviderChangeFailed(_ message: String) {
        guard case .nameIdentityProvider(var form) = modal else { return post(message, .error) }
        form.isSaving = false
        form.error = message
        modal = .nameIdentityProvider(form)
    }
}
