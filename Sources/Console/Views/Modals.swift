import Foundation
import TermUI

/// Draws the open dialog over the screen.
func renderModal(_ modal: Modal, state: AppState, into buffer: inout ScreenBuffer, layout: ScreenLayout, palette: Palette) {
    let theme = palette.theme
    switch modal {
    case .confirm(let confirmation):
        Dialog(
            title: confirmation.title, body: confirmation.body, buttons: ["Cancel", confirmation.confirmLabel],
            selectedButton: confirmation.selectedButton, isDestructive: true, theme: theme
        ).render(into: &buffer, in: layout.bounds)
    case .tokenReveal(let reveal):
        TokenRevealDialog.render(reveal, into: &buffer, in: layout.bounds, palette: palette)
    case .addIdentityProvider(let form):
        IdPFormDialog.render(form, into: &buffer, in: layout.bounds, palette: palette)
    case .addAdmin(let form):
        AdminFormDialog.render(form, into: &buffer, in: layout.bounds, palette: palette)
    case .help(let help):
        HelpOverlay.render(help, into: &buffer, in: layout.bounds, palette: palette)
    }
}

/// The show-once token dialog.
enum TokenRevealDialog {
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
                reveal.copied ? "✓ Copied to the clipboard (OSC 52). Enter closes." : "c copies it to the clipboard · Enter or Esc closes",
            ],
            buttons: [], maxTextWidth: 66, theme: theme
        )
    }

    static func render(_ reveal: TokenReveal, into buffer: inout ScreenBuffer, in screen: Rect, palette: Palette) {
        let dialog = dialog(reveal, theme: palette.theme)
        dialog.render(into: &buffer, in: screen)
        let text = dialog.frame(in: screen).inset(top: 2, left: 2, bottom: 2, right: 2)
        buffer.restyle(text.row(0)) { palette.style(.accent).merged(over: $0) }
        buffer.restyle(text.row(3)) { palette.style(.warning).merged(over: $0) }
        if reveal.copied { buffer.restyle(text.row(6)) { palette.style(.ok).merged(over: $0) } }
    }
}
