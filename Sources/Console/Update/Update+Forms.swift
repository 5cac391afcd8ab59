import Foundation
import Provisioning
import TermUI

extension AppState {
    /// The Add IdP form: type the name, pick the kind, Enter saves.
    mutating func handleIdPForm(_ key: Key, _ action: Action?) -> [Effect] {
        guard case .addIdentityProvider(var form) = modal, !form.isSaving || action == .cancel else { return [] }
        switch action {
        case .cancel:
            modal = nil
            return []
        case .submit:
            let name = form.name.text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                form.error = "Give it a name, e.g. Okta."
                modal = .addIdentityProvider(form)
                return []
            }
            if idps.items.contains(where: { $0.provider.name.lowercased() == name.lowercased() }) {
                form.error = "An identity provider named \(name) exists already."
                modal = .addIdentityProvider(form)
                return []
            }
            form.error = nil
            form.isSaving = true
            modal = .addIdentityProvider(form)
            return [.addIdentityProvider(name: name, kind: form.kind)]
        case .nextField:
            form.focus = form.focus == .name ? .kind : .name
        case .cycleKind where key == .tab || form.focus == .kind:
            form.kind = Self.cycle(form.kind, backward: key == .left)
        default:
            form.error = nil
            _ = form.name.handle(key)
        }
        modal = .addIdentityProvider(form)
        return []
    }

    static func cycle(_ kind: IdentityProvider.Kind, backward: Bool) -> IdentityProvider.Kind {
        let all = IdentityProvider.Kind.allCases
        let index = all.firstIndex(of: kind)!
        return all[(index + (backward ? all.count - 1 : 1)) % all.count]
    }

    mutating func identityProviderAddFailed(_ message: String) {
        guard case .addIdentityProvider(var form) = modal else { return post(message, .error) }
        form.isSaving = false
        form.error = message
        modal = .addIdentityProvider(form)
    }

    /// The Add console admin form: username and email.
    mutating func handleAdminForm(_ key: Key, _ action: Action?) -> [Effect] {
        guard case .addAdmin(var form) = modal, !form.isSaving || action == .cancel else { return [] }
        switch action {
        case .cancel:
            modal = nil
            return []
        case .submit:
            let username = form.username.text.trimmingCharacters(in: .whitespaces)
            let email = form.email.text.trimmingCharacters(in: .whitespaces)
            guard !username.isEmpty else {
                form.error = "Enter the admin's username (as the IdP sends it as userName)."
                modal = .addAdmin(form)
                return []
            }
            guard email.isEmpty || email.contains("@") else {
                form.error = "\(email) is not an email address."
                modal = .addAdmin(form)
                return []
            }
            form.error = nil
            form.isSaving = true
            modal = .addAdmin(form)
            return [.addAdmin(username: username, email: email.isEmpty ? nil : email)]
        case .nextField:
            form.focus = form.focus == .username ? .email : .username
        default:
            form.error = nil
            if form.focus == .username { _ = form.username.handle(key) } else { _ = form.email.handle(key) }
        }
        modal = .addAdmin(form)
        return []
    }

    mutating func adminAddFailed(_ message: String) {
        guard case .addAdmin(var form) = modal else { return post(message, .error) }
        form.isSaving = false
        form.error = message
        modal = .addAdmin(form)
    }
}
