import Foundation
import Provisioning
import TermUI

/// A box over the screen that takes every key until it closes.
public enum Modal: Sendable {
    case help(HelpState)
    case confirm(Confirmation)
    /// The freshly generated token. This case is the *only* place the secret is ever held:
    /// closing the dialog drops it, and nothing copies it elsewhere in the state.
    case tokenReveal(TokenReveal)
    case addIdentityProvider(IdPForm)
    case addAdmin(AdminForm)
}

/// The `?` overlay: the key tables of the context it was opened from.
public struct HelpState: Sendable {
    var context: KeyContext
    var scroll = ScrollPosition()
}

/// A question before something destructive. The default button is Cancel, so a stray Enter
/// does no harm.
public struct Confirmation: Sendable, Hashable {
    public var title: String
    public var body: [String]
    public var confirmLabel: String
    public var action: ConfirmedAction
    /// 0 = Cancel, 1 = the confirm button.
    public var selectedButton = 0

    public init(title: String, body: [String], confirmLabel: String, action: ConfirmedAction) {
        self.title = title
        self.body = body
        self.confirmLabel = confirmLabel
        self.action = action
    }
}

/// What a confirmation does when confirmed.
public enum ConfirmedAction: Sendable, Hashable {
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
public struct TokenReveal: Sendable {
    public var idpName: String
    /// The secret itself; see ``Modal/tokenReveal(_:)``.
    var secret: String
    public var expires: Date
    public var validityDays: Int
    public var copied = false
}

/// The Add identity provider form.
public struct IdPForm: Sendable, Hashable {
    public enum Field: Sendable, Hashable { case name, kind }

    public var name = TextField()
    public var kind: IdentityProvider.Kind = .okta
    public var focus: Field = .name
    /// A validation or store error, shown inside the dialog.
    public var error: String?
    public var isSaving = false

    public init() {}
}

/// The Add console admin form.
public struct AdminForm: Sendable, Hashable {
    public enum Field: Sendable, Hashable { case username, email }

    public var username = TextField()
    public var email = TextField()
    public var focus: Field = .username
    public var error: String?
    public var isSaving = false

    public init() {}
}

/// The one-line input at the bottom: a `/` filter or a `:` command.
public struct InputLine: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        case filter(ViewID)
        case command
    }

    public var purpose: Purpose
    public var field: TextField

    var prompt: String {
        switch purpose {
        case .filter: "/"
        case .command: ":"
        }
    }
}
