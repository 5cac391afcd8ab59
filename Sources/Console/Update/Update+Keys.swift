import Foundation
import Provisioning
import TermUI

extension AppState {
    /// The keymap that applies now.
    public var keyContext: KeyContext {
        if let modal {
            switch modal {
            case .help: return .help
            case .confirm: return .confirm
            case .tokenReveal: return .tokenReveal
            case .addIdentityProvider: return .idpForm
            case .addAdmin: return .adminForm
            case .nameIdentityProvider: return .nameForm
            }
        }
        if let input { return input.purpose == .command ? .commandInput : .filterInput }
        return pageContext
    }

    /// Dialogs first, then the input line, then the view's keymap.
    mutating func handle(key: Key) -> [Effect] {
        if key == .resize { return [] }
        // Raw mode delivers Ctrl-C as a key; it quits from anywhere, dialogs and fields included.
        if key == .ctrl("c") { return quit() }
        // A message answers the last action; the next one makes it stale.
        status = nil
        let context = keyContext
        let binding = Keymap.binding(for: key, in: context)
        switch context {
        case .help: return handleHelp(binding?.action)
        case .confirm: return handleConfirm(key, binding?.action)
        case .tokenReveal: return handleTokenReveal(binding?.action)
        case .idpForm: return handleIdPForm(key, binding?.action)
        case .adminForm: return handleAdminForm(key, binding?.action)
        case .nameForm: return handleNameForm(key, binding?.action)
        case .filterInput, .commandInput: return handleInput(key, binding?.action)
        case .view, .idpEditor, .heldEditor, .detail:
            guard let binding else { return [] }
            return perform(binding.action, key: key)
        }
    }

    mutating func quit() -> [Effect] {
        isQuitting = true
        modal = nil
        return [.quit]
    }

    /// The actions every screen shares; the rest are the screen's own.
    mutating func perform(_ action: Action, key: Key) -> [Effect] {
        switch action {
        case .nextView: return show(ViewID(rawValue: (view.rawValue + 1) % ViewID.allCases.count)!)
        case .previousView:
            return show(ViewID(rawValue: (view.rawValue + ViewID.allCases.count - 1) % ViewID.allCases.count)!)
        case .selectViewByNumber:
            guard let digit = key.character?.wholeNumberValue, let target = ViewID(number: digit) else { return [] }
            return show(target)
        case .filter: return startFilter()
        case .command:
            input = InputLine(purpose: .command, field: TextField())
            return []
        case .help:
            modal = .help(HelpState(context: keyContext))
            return []
        case .quit: return requestQuit()
        case .reload: return reload()
        default: return page.perform(action, key: key, on: &self)
        }
    }
}
