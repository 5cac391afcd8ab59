import TermUI

/// A box over the screen that takes every key until it closes; its content is the open
/// ``Modal``. It draws over the whole screen (`rect` is the screen's bounds).
protocol DialogScreen: Screen {}

extension DialogScreen {
    /// Dialogs handle unbound keys too (text fields) and never reach the view's keys.
    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] { handle(key, action, on: &state) }
}

/// A question before something destructive; Cancel is the default button.
struct ConfirmScreen: DialogScreen {
    var keySections: [KeySection] { [Keymap.confirm] }

    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] { state.handleConfirm(key, action) }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard case .confirm(let confirmation) = state.modal else { return }
        Dialog(
            title: confirmation.title, body: confirmation.body, buttons: confirmation.buttons,
            selectedButton: confirmation.selectedButton, isDestructive: true, theme: palette.theme
        ).render(into: &buffer, in: rect)
    }
}

/// The show-once token.
struct TokenRevealScreen: DialogScreen {
    var keySections: [KeySection] { [Keymap.tokenReveal] }

    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] { state.handleTokenReveal(action) }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard case .tokenReveal(let reveal) = state.modal else { return }
        TokenRevealDialog.render(reveal, into: &buffer, in: rect, palette: palette)
    }
}

/// Add an identity provider: its name and kind.
struct IdPFormScreen: DialogScreen {
    var keySections: [KeySection] { [Keymap.idpForm, Keymap.lineEditing] }

    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] { state.handleIdPForm(key, action) }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard case .addIdentityProvider(let form) = state.modal else { return }
        IdPFormDialog.render(form, into: &buffer, in: rect, palette: palette)
    }
}

/// Add a console admin: username and email.
struct AdminFormScreen: DialogScreen {
    var keySections: [KeySection] { [Keymap.adminForm, Keymap.lineEditing] }

    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] { state.handleAdminForm(key, action) }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard case .addAdmin(let form) = state.modal else { return }
        AdminFormDialog.render(form, into: &buffer, in: rect, palette: palette)
    }
}

/// Rename an IdP, remove it by typing its name, or set its breaker policy.
struct NameFormScreen: DialogScreen {
    var keySections: [KeySection] { [Keymap.nameForm, Keymap.lineEditing] }

    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] { state.handleNameForm(key, action) }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard case .nameIdentityProvider(let form) = state.modal else { return }
        NameFormDialog.render(form, into: &buffer, in: rect, palette: palette)
    }
}

/// The `?` overlay: the keys of the screen it was opened from.
struct HelpScreen: DialogScreen {
    var keySections: [KeySection] { [Keymap.help] }

    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] { state.handleHelp(action) }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard case .help(let help) = state.modal else { return }
        HelpOverlay.render(help, into: &buffer, in: rect, palette: palette)
    }
}
