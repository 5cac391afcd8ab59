import Foundation
import TermUI

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
