import TermUI

/// Rename an IdP, or remove it by typing its name: what goes with it is said before anything goes.
enum NameFormDialog {
    static func render(_ form: NameForm, into buffer: inout ScreenBuffer, in screen: Rect, palette: Palette) {
        switch form.purpose {
        case .rename:
            let message =
                form.error.map { "✗ " + $0 }
                ?? (form.isSaving ? "Saving…" : "Its token, users and groups stay.\nEnter renames · Esc cancels")
            let text = FormDialog.draw(
                title: "Rename \(form.currentName)", rows: 1, message: message, isError: form.error != nil, into: &buffer, in: screen,
                palette: palette)
            FormDialog.label("Name", row: text.row(0), palette: palette, into: &buffer)
            FormField.draw(form.field, focused: true, into: &buffer, at: text.row(0).inset(left: FormDialog.labelWidth), palette: palette)
        case .remove(let users, let groups):
            let what =
                users.flatMap { users in groups.map { "its \(Format.plural(users, "user")) and \(Format.plural($0, "group"))" } }
                ?? "its users and groups"
            let message =
                form.error.map { "✗ " + $0 }
                ?? (form.isSaving
                    ? "Removing…"
                    : "Its token stops working at once; \(what) are deleted from ScimDesk (they stay in \(form.currentName)). The audit log keeps their history.\nType its name and Enter to remove · Esc keeps it")
            let text = FormDialog.draw(
                title: "Remove \(form.currentName)?", rows: 1, message: message, isError: true, into: &buffer, in: screen,
                palette: palette)
            FormDialog.label("Name", row: text.row(0), palette: palette, into: &buffer)
            FormField.draw(form.field, focused: true, into: &buffer, at: text.row(0).inset(left: FormDialog.labelWidth), palette: palette)
        case .breakerPolicy:
            let message =
                form.error.map { "✗ " + $0 }
                ?? (form.isSaving
                    ? "Saving…"
                    : "off, on, or any of users=N share=P% groups=N window=10m (unnamed ones stay). Off applies a mass deactivation at once.\nEnter saves · Esc cancels")
            let text = FormDialog.draw(
                title: "Breaker of \(form.currentName)", rows: 1, message: message, isError: form.error != nil, into: &buffer,
                in: screen, palette: palette)
            FormDialog.label("Policy", row: text.row(0), palette: palette, into: &buffer)
            FormField.draw(form.field, focused: true, into: &buffer, at: text.row(0).inset(left: FormDialog.labelWidth), palette: palette)
        }
    }
}
