import Foundation
import Provisioning
import TermUI

extension AppState {
    mutating func handleHelp(_ action: Action?) -> [Effect] {
        guard case .help(var help) = modal else { return [] }
        switch action {
        case .close:
            modal = nil
        case .move(let movement):
            help.scroll.move(
                movement, lineCount: HelpOverlay.lines(for: help.context).count,
                visibleRows: HelpOverlay.visibleRows(for: help.context, height: height))
            modal = .help(help)
        default:
            break
        }
        return []
    }

    /// Only the confirm button, pressed deliberately, runs the action.
    mutating func handleConfirm(_ key: Key, _ action: Action?) -> [Effect] {
        guard case .confirm(var confirmation) = modal else { return [] }
        switch action {
        case .switchButton:
            let count = confirmation.buttons.count
            let back = key == .left || key == .backTab || key == .character("h")
            confirmation.selectedButton = (confirmation.selectedButton + (back ? count - 1 : 1)) % count
            modal = .confirm(confirmation)
        case .confirm where confirmation.selectedAction != nil:
            modal = nil
            let chosen = confirmation.selectedAction!
            if chosen == .quit { return quit() }
            return [chosen.effect]
        case .confirm, .cancel:
            modal = nil
            post("Cancelled")
        default:
            break
        }
        return []
    }

    /// The show-once dialog: `c` copies, Enter/Esc closes — and closing forgets the secret.
    mutating func handleTokenReveal(_ action: Action?) -> [Effect] {
        guard case .tokenReveal(let reveal) = modal else { return [] }
        switch action {
        case .copyToken:
            copying = "the token"
            return [.copyToClipboard(reveal.secret)]
        case .close:
            modal = nil
            post(
                reveal.delivery != nil
                    ? "Paste the token into \(reveal.idpName) as the API token, then Test API Credentials. If the paste is empty, generate a new one (g)."
                    : "Token dialog closed. If you did not keep the token, generate a new one (g).")
        default:
            break
        }
        return []
    }

    /// The terminal says where a copy went; say that, never "copied": no terminal confirms OSC 52.
    mutating func copied(_ delivery: ClipboardDelivery) {
        let what = copying ?? "the text"
        copying = nil
        if case .tokenReveal(var reveal) = modal {
            reveal.delivery = delivery
            modal = .tokenReveal(reveal)
        }
        guard delivery.sentToTerminal || delivery.inTmuxBuffer else {
            return post("Could not hand \(what) to the terminal; select it with the mouse instead", .warning)
        }
        post("Sent \(what) to \(delivery.destinations) — paste it to check")
    }
}
