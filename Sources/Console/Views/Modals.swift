import Foundation
import TermUI

/// Draws the open dialog over the screen.
func renderModal(_ modal: Modal, state: AppState, into buffer: inout ScreenBuffer, layout: ScreenLayout, palette: Palette) {
    let theme = palette.theme
    switch modal {
    case .confirm(let confirmation):
        Dialog(
            title: confirmation.title, body: confirmation.body, buttons: confirmation.buttons,
            selectedButton: confirmation.selectedButton, isDestructive: true, theme: theme
        ).render(into: &buffer, in: layout.bounds)
    case .tokenReveal(let reveal):
        TokenRevealDialog.render(reveal, into: &buffer, in: layout.bounds, palette: palette)
    case .addIdentityProvider(let form):
        IdPFormDialog.render(form, into: &buffer, in: layout.bounds, palette: palette)
    case .addAdmin(let form):
        AdminFormDialog.render(form, into: &buffer, in: layout.bounds, palette: palette)
    case .nameIdentityProvider(let form):
        NameFormDialog.render(form, into: &buffer, in: layout.bounds, palette: palette)
    case .help(let help):
        HelpOverlay.render(help, into: &buffer, in: layout.bounds, palette: palette)
    }
}

/// The show-once token dialog. The token stays on screen until the admin closes it, whatever
/// `c` did: a copy that silently went nowhere must not cost the only sight of the secret.
enum TokenRevealDialog {
    /// Body paragraphs by purpose, so styling follows the paragraph wherever wrapping puts it.
    static let secretParagraph = 0
    static let warningParagraph = 3
    static let copyParagraph = 6

    static func dialog(_ reveal: TokenReveal, theme: Theme) -> Dialog {
        Dialog(
            title: "Auto-Provisioning Token for \(reveal.idpName)",
            body: [
                reveal.secret,
                "",
                "Valid until \(Format.day(reveal.expires)), \(Format.days(reveal.validityDays)).",
                "Copy it now — you will not see it again.",
                "Paste it into \(reveal.idpName) as the API token (bearer), then Test API Credentials.",
                "",
                copyLine(reveal.delivery),
            ],
            buttons: [], maxTextWidth: 66, theme: theme
        )
    }

    /// Says where the copy went and that only a paste proves it arrived.
    static func copyLine(_ delivery: ClipboardDelivery?) -> String {
        guard let delivery else { return "c copies it · Enter or Esc closes" }
        guard delivery.sentToTerminal || delivery.inTmuxBuffer else {
            return "Your terminal could not be reached: select the token with the mouse. Esc closes."
        }
        return "Sent to \(delivery.destinations). Paste it somewhere to check before you close (Esc)."
    }

    static func render(_ reveal: TokenReveal, into buffer: inout ScreenBuffer, in screen: Rect, palette: Palette) {
        let dialog = dialog(reveal, theme: palette.theme)
        dialog.render(into: &buffer, in: screen)
        let text = dialog.frame(in: screen).inset(top: 2, left: 2, bottom: 2, right: 2)
        func restyle(_ paragraph: Int, _ role: Role) {
            for row in dialog.rows(ofParagraph: paragraph, in: screen) {
                buffer.restyle(text.row(row)) { palette.style(role).merged(over: $0) }
            }
        }
        restyle(secretParagraph, .accent)
        restyle(warningParagraph, .warning)
        if reveal.delivery != nil { restyle(copyParagraph, .strong) }
    }
}
