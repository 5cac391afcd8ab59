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
    case nameIdentityProvider(NameForm)
}

/// Renaming an IdP, or removing one by typing its name (removal deletes its users and groups).
struct NameForm: Sendable, Hashable {
    enum Purpose: Sendable, Hashable {
        case rename
        /// `users`/`groups`: what goes with it, once counted.
        case remove(users: Int?, groups: Int?)
        /// The breaker policy in `scimdesk idp set --breaker` form; unnamed settings keep `current`.
        case breakerPolicy(current: BreakerPolicy)
    }

    var purpose: Purpose
    var idpID: UUID
    var currentName: String
    var field: TextField
    var error: String?
    var isSaving = false
}

/// The `?` overlay: the key tables of the context it was opened from.
struct HelpState: Sendable {
    var context: KeyContext
    var scroll = ScrollPosition()
}

/// A question before something destructive. The default button is Cancel, so a stray Enter
/// does no harm.
struct Confirmation: Sendable, Hashable {
    /// A button after Cancel and what it does.
    struct Option: Sendable, Hashable {
        var label: String
        var action: ConfirmedAction
    }

    var title: String
    var body: [String]
    /// The buttons after Cancel, in order.
    var options: [Option]
    /// 0 = Cancel, then the options.
    var selectedButton = 0

    init(title: String, body: [String], confirmLabel: String, action: ConfirmedAction) {
        self.init(title: title, body: body, options: [Option(label: confirmLabel, action: action)])
    }

    init(title: String, body: [String], options: [Option]) {
        self.title = title
        self.body = body
        self.options = options
    }

    var buttons: [String] { ["Cancel"] + options.map(\.label) }

    /// The action of the selected button (`nil` for Cancel).
    var selectedAction: ConfirmedAction? { selectedButton > 0 ? options[selectedButton - 1].action : nil }
}

/// What a confirmation does when confirmed.
enum ConfirmedAction: Sendable, Hashable {
    /// `overlapSeconds`: how long the IdP's current token keeps working next to the new one.
    case generateToken(idpID: UUID, overlapSeconds: Int = 0)
    case revokeToken(idpID: UUID)
    case removeAdmin(username: String)
    case releaseBreaker(idpID: UUID)
    case keepHolding(idpID: UUID)
    case quit

    var effect: Effect {
        switch self {
        case .quit: .quit
        case .generateToken(let id, let overlap): .generateToken(idpID: id, overlapSeconds: overlap)
        case .revokeToken(let id): .revokeToken(idpID: id)
        case .removeAdmin(let username): .removeAdmin(username: username)
        case .releaseBreaker(let id): .releaseBreaker(idpID: id)
        case .keepHolding(let id): .keepHolding(idpID: id)
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
    /// Where `c` sent it, once pressed; the dialog says exactly that and no more.
    var delivery: ClipboardDelivery?
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
    /// The filter before `/` was pressed: Esc puts it back, since typing filters as it goes.
    var original = ""

    var prompt: String {
        switch purpose {
        case .filter: "/"
        case .command: ":"
        }
    }
}
