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
    mutating func handleConfirm(_ action: Action?) -> [Effect] {
        guard case .confirm(var confirmation) = modal else { return [] }
        switch action {
        case .switchButton:
            confirmation.selectedButton = 1 - confirmation.selectedButton
            modal = .confirm(confirmation)
        case .confirm where confirmation.selectedButton == 1:
            modal = nil
            return [confirmation.action.effect]
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
        guard case .tokenReveal(var reveal) = modal else { return [] }
        switch action {
        case .copyToken:
            reveal.copied = true
            let secret = reveal.secret
            modal = .tokenReveal(reveal)
            post("Copied the token to the clipboard", .success)
            return [.copyToClipboard(secret)]
        case .close:
            modal = nil
            post(
                reveal.copied
                    ? "Token copied. Paste it into \(reveal.idpName) as the API token, then Test API Credentials."
                    : "Token dialog closed. If you did not keep the token, generate a new one (g).")
        default:
            break
        }
        return []
    }
}
