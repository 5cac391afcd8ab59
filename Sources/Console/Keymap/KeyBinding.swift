import TermUI

/// What a key does. Keymaps map keys to actions; ``update(_:_:)`` performs them.
public enum Action: Sendable, Hashable {
    case move(Movement)
    case open, back
    case nextView, previousView
    /// The digit pressed picks the view (1–7).
    case selectViewByNumber
    case filter, command, help, quit, reload
    case addIdentityProvider, editIdentityProvider
    case switchSection
    case generateToken, revokeToken, copyBaseURL
    case toggleFollow, nextError, previousError
    case addAdmin, removeAdmin
    case renameIdentityProvider, removeIdentityProvider
    /// The mass-deprovisioning breaker: its policy (Advanced), and the decision on what it holds (Held).
    case editBreakerPolicy, releaseBreaker, keepHolding
    /// `y`: the selected item's id (a request's request id) to the clipboard, for support tickets.
    case copyID
    // Dialogs and the input line.
    case switchButton, confirm, cancel
    case copyToken, close
    case submit, nextField, cycleKind
    case complete
    /// Handled by the text field that has focus (cursor movement, deletions).
    case editText
}

/// One entry of a keymap: the keys, what the footer and help call it, and what it does.
///
/// The same tables generate the footer (entries with ``inFooter``) and the `?` help (all
/// entries), so the two can never disagree with what the keys actually do.
public struct KeyBinding: Sendable, Hashable {
    /// Every key that triggers it (the first match in a context wins).
    public var keys: [Key]
    /// "↑/k", or an override such as "1–7".
    public var keyLabel: String
    /// What it does, as the footer and help say it.
    public var label: String
    /// What ``update(_:_:)`` does when one of the keys is pressed.
    public var action: Action
    /// Changes or removes something; always asks to confirm first.
    public var isDestructive: Bool
    /// Shown in the footer; everything is shown in the help.
    public var inFooter: Bool

    /// A binding labelled with its keys unless `keyLabel` says otherwise.
    public init(
        _ keys: [Key], _ label: String, _ action: Action, keyLabel: String? = nil, destructive: Bool = false, footer: Bool = true
    ) {
        self.keys = keys
        self.keyLabel = keyLabel ?? Key.label(keys)
        self.label = label
        self.action = action
        self.isDestructive = destructive
        self.inFooter = footer
    }

    /// The footer entry.
    public var hint: KeyHint { KeyHint(keyLabel, label) }
}

/// A titled group of bindings, as the help overlay lists them.
public struct KeySection: Sendable, Hashable {
    /// "Traffic", "Move", "Everywhere".
    public var title: String
    /// In order of importance: the footer keeps the first ones when space runs out.
    public var bindings: [KeyBinding]

    /// A section of the help.
    public init(_ title: String, _ bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }
}

/// Which keymap applies: derived from the state, so the footer always matches the keys.
public enum KeyContext: Sendable, Hashable {
    case view(ViewID)
    case idpEditor
    /// The editor's Held section: what the breaker holds, release or keep holding.
    case heldEditor
    case detail(ViewID)
    case filterInput
    case commandInput
    case confirm
    case tokenReveal
    case idpForm
    case adminForm
    /// Rename an IdP, or type its name to remove it.
    case nameForm
    case help

    /// Contexts where printable keys are text, not commands (`q` types a q).
    var takesText: Bool {
        switch self {
        case .filterInput, .commandInput, .idpForm, .adminForm, .nameForm: true
        default: false
        }
    }
}

private func c(_ character: Character) -> Key { .character(character) }

extension KeyBinding {
    static func char(_ character: Character, _ label: String, _ action: Action, destructive: Bool = false, footer: Bool = true)
        -> KeyBinding
    {
        KeyBinding([c(character)], label, action, destructive: destructive, footer: footer)
    }
}
