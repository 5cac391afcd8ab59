import Foundation
import Provisioning
import TermUI

/// A box over the screen that takes every key until it closes.
enum Modal: Sendable {
    case help(HelpState)
    case confirm(Confirmation)
    /// The freshly generated token. This case is the *only* place the secret is ever held:
    /// closing the dialog drops it, and nothing copies it elsewhere in the state.
    case tokenReveal(TokenReveal)
    case addIdentityProvider(IdPForm)
    case addAdmin(AdminForm)
}

/// The `?` overlay: the key tables of the context it was opened from.
struct HelpState: Sendable {
    var context: KeyContext
    var scroll = ScrollPosition()
}

/// A question before something destructive. The default button is Cancel, so a stray Enter
/// does no harm.
struct Confirmation: Sendable, Hashable {
    var title: String
    var body: [String]
    var confirmLabel: String
    var action: ConfirmedAction
    /// 0 = Cancel, 1 = the confirm button.
    var selectedButton = 0

    init(title: String, body: [String], confirmLabel: String, action: ConfirmedAction) {
        self.title = title
        self.body = body
        self.confirmLabel = confirmLabel
        self.action = action
    }
}

/// What a confirmation does when confirmed.
enum ConfirmedAction: Sendable, Hashable {
    case generateToken(idpID: UUID)
    case revokeToken(idpID: UUID)
    case removeAdmin(username: String)

    var effect: Effect {
        switch self {
        case .generateToken(let id): .generateToken(idpID: id)
        case .revokeToken(let id): .revokeToken(idpID: id)
        case .removeAdmin(let username): .removeAdmin(username: username)
        }
    }
}

/// The show-once token dialog's content.
struct TokenReveal: Sendable {
    var idpName: String
    /// The secret itself; see ``Modal/tokenReveal(_:)``.
    var secret: String
    var expires: Date
    var validityDays: Int
    var copied = false
}

/// The Add identity provider form.
struct IdPForm: Sendable, Hashable {
    enum Field: Sendable, Hashable { case name, kind }

    var name = TextField()
    var kind: IdentityProvider.Kind = .okta
    var focus: Field = .name
    /// A validation or store error, shown inside the dialog.
    var error: String?
    var isSaving = false

    init() {}
}

/// The Add console admin form.
struct AdminForm: Sendable, Hashable {
    enum Field: Sendable, Hashable { case username, email }

    var username = TextField()
    var email = TextField()
    var focus: Field = .username
    var error: String?
    var isSaving = false

    init() {}
}

/// The one-line input at the bottom: a `/` filter or a `:` command.
struct InputLine: Sendable, Hashable {
    enum Purpose: Sendable, Hashable {
        case filter(ViewID)
        case command
    }

    var purpose: Purpose
    var field: TextField

    var prompt: String {
        switch purpose {
        case .filter: "/"
        case .command: ":"
        }
    }
}
