import Provisioning
import TermUI

/// The Add identity provider dialog: a name field and a kind picker.
enum IdPFormDialog {
    static let width = 54

    static func render(_ form: IdPForm, into buffer: inout ScreenBuffer, in screen: Rect, palette: Palette) {
        let message = form.error.map { "✗ " + $0 } ?? (form.isSaving ? "Saving…" : "Enter adds it · Tab changes the kind · Esc cancels")
        let text = FormDialog.draw(
            title: "Add identity provider", rows: 3, message: message, isError: form.error != nil, into: &buffer, in: screen,
            palette: palette)
        FormDialog.label("Name", row: text.row(0), palette: palette, into: &buffer)
        FormField.draw(
            form.name, focused: form.focus == .name, into: &buffer, at: text.row(0).inset(left: FormDialog.labelWidth), palette: palette)
        FormDialog.label("Kind", row: text.row(2), palette: palette, into: &buffer)
        var x = text.x + FormDialog.labelWidth
        for kind in IdentityProvider.Kind.allCases {
            let chosen = kind == form.kind
            let style = chosen && form.focus == .kind ? palette.theme.selection.merged(over: palette.theme.text) : palette.theme.text
            x += buffer.put((chosen ? "(•) " : "( ) ") + kind.shortName, x: x, y: text.row(2).y, style: style) + 2
        }
    }
}

/// The Add console admin dialog: username and email.
enum AdminFormDialog {
    static func render(_ form: AdminForm, into buffer: inout ScreenBuffer, in screen: Rect, palette: Palette) {
        let message =
            form.error.map { "✗ " + $0 }
            ?? (form.isSaving ? "Saving…" : "IdPs will not be able to overwrite this account.\nEnter adds · Tab next field · Esc cancels")
        let text = FormDialog.draw(
            title: "Add console admin", rows: 3, message: message, isError: form.error != nil, into: &buffer, in: screen, palette: palette)
        let fields = [("Username", form.username, AdminForm.Field.username), ("Email", form.email, .email)]
        for (index, (label, field, id)) in fields.enumerated() {
            let row = text.row(index * 2)
            FormDialog.label(label, row: row, palette: palette, into: &buffer)
            FormField.draw(field, focused: form.focus == id, into: &buffer, at: row.inset(left: FormDialog.labelWidth), palette: palette)
        }
    }
}

/// The frame both forms share: field rows on top, a blank line, then a hint or the error.
enum FormDialog {
    static let width = 54
    static let labelWidth = 10

    /// Draws the dialog and returns its text area; the caller draws the fields into it.
    static func draw(
        title: String, rows: Int, message: String, isError: Bool, into buffer: inout ScreenBuffer, in screen: Rect, palette: Palette
    ) -> Rect {
        // Blank placeholder lines of a fixed width keep the dialog from changing size as you type.
        let body = [String(repeating: " ", count: width)] + Array(repeating: "", count: rows) + [message]
        let dialog = Dialog(title: title, body: body, buttons: [], maxTextWidth: width, theme: palette.theme)
        dialog.render(into: &buffer, in: screen)
        let text = dialog.frame(in: screen).inset(top: 2, left: 2, bottom: 2, right: 2)
        let role: Role = isError ? .danger : .muted
        for line in (rows + 1)..<text.height { buffer.restyle(text.row(line)) { palette.style(role).merged(over: $0) } }
        return text
    }

    static func label(_ text: String, row: Rect, palette: Palette, into buffer: inout ScreenBuffer) {
        buffer.put(text, in: Rect(x: row.x, y: row.y, width: labelWidth, height: 1), style: palette.theme.muted)
    }
}

/// An input box inside a dialog: underlined so it reads as a field without colour; the cursor
/// only in the focused one.
enum FormField {
    static func draw(_ field: TextField, focused: Bool, into buffer: inout ScreenBuffer, at rect: Rect, palette: Palette) {
        let style = palette.theme.text.with(underline: true)
        if focused {
            field.render(into: &buffer, in: rect, style: style, theme: palette.theme)
        } else {
            buffer.fill(rect.row(0), with: style)
            buffer.put(field.text, in: rect.row(0), style: style)
        }
    }
}
