import TermUI

extension Keymap {
    static let listNavigation = KeySection(
        "Move",
        [
            KeyBinding([.up, c("k")], "Up", .move(.up), footer: false),
            KeyBinding([.down, c("j")], "Down", .move(.down), footer: false),
            KeyBinding([c("g"), .home], "Top", .move(.top), footer: false),
            KeyBinding([c("G"), .end], "Bottom", .move(.bottom), footer: false),
            KeyBinding([.pageUp], "Page up", .move(.pageUp), footer: false),
            KeyBinding([.pageDown, c(" ")], "Page down", .move(.pageDown), footer: false),
        ])

    /// Scrolling text; `g` is left out because the IdP editor uses it to generate a token.
    static let textNavigation = KeySection(
        "Scroll",
        [
            KeyBinding([.up, c("k")], "Scroll up", .move(.up), footer: false),
            KeyBinding([.down, c("j")], "Scroll down", .move(.down), footer: false),
            KeyBinding([.home], "Top", .move(.top), footer: false),
            KeyBinding([.end], "Bottom", .move(.bottom), footer: false),
            KeyBinding([.pageUp], "Page up", .move(.pageUp), footer: false),
            KeyBinding([.pageDown, c(" ")], "Page down", .move(.pageDown), footer: false),
        ])

    static let global = KeySection(
        "Everywhere",
        [
            KeyBinding(
                (1...ViewID.allCases.count).map { c(Character(String($0))) }, "View", .selectViewByNumber,
                keyLabel: "1–\(ViewID.allCases.count)"),
            KeyBinding([.tab], "Next view", .nextView, footer: false),
            KeyBinding([.backTab], "Previous view", .previousView, footer: false),
            .char("?", "Help", .help),
            .char("q", "Quit", .quit),
            .char(":", "Command", .command),
            KeyBinding([.ctrl("c")], "Quit", .quit, footer: false),
        ])

    static let filterInput = KeySection(
        "Filter",
        [
            KeyBinding([.enter], "Apply", .submit), KeyBinding([.escape], "Cancel", .cancel),
        ])

    static let commandInput = KeySection(
        "Command",
        [
            KeyBinding([.enter], "Run", .submit), KeyBinding([.tab], "Complete", .complete),
            KeyBinding([.escape], "Cancel", .cancel),
        ])

    static let lineEditing = KeySection(
        "Editing",
        [
            KeyBinding([.left, .right, .home, .end], "Move cursor", .editText, keyLabel: "←/→", footer: false),
            KeyBinding([.ctrl("u")], "Delete to start", .editText, footer: false),
            KeyBinding([.ctrl("w")], "Delete word", .editText, footer: false),
        ])

    static let confirm = KeySection(
        "Confirm",
        [
            KeyBinding([.left, .right, .tab, .backTab, c("h"), c("l")], "Choose", .switchButton, keyLabel: "←/→"),
            KeyBinding([.enter], "Press button", .confirm),
            KeyBinding([.escape, c("n"), c("q")], "Cancel", .cancel, keyLabel: "Esc"),
        ])

    static let tokenReveal = KeySection(
        "New token",
        [
            .char("c", "Copy token", .copyToken),
            KeyBinding([.enter, .escape], "Close", .close),
        ])

    static let idpForm = KeySection(
        "Add identity provider",
        [
            KeyBinding([.enter], "Save", .submit),
            KeyBinding([.tab], "Next kind", .cycleKind),
            KeyBinding([.up, .down], "Field", .nextField, keyLabel: "↑/↓"),
            KeyBinding([.escape], "Cancel", .cancel),
            KeyBinding([.left, .right], "Change kind (on the Kind row)", .cycleKind, keyLabel: "←/→", footer: false),
        ])

    static let adminForm = KeySection(
        "Add console admin",
        [
            KeyBinding([.enter], "Save", .submit),
            KeyBinding([.tab, .backTab, .up, .down], "Next field", .nextField, keyLabel: "Tab"),
            KeyBinding([.escape], "Cancel", .cancel),
        ])

    static let nameForm = KeySection(
        "Name",
        [
            KeyBinding([.enter], "Confirm", .submit),
            KeyBinding([.escape], "Cancel", .cancel),
        ])

    static let help = KeySection(
        "Help",
        [
            KeyBinding([.escape, c("?"), c("q")], "Close", .close, keyLabel: "Esc"),
            KeyBinding([.up, c("k")], "Scroll up", .move(.up), footer: false),
            KeyBinding([.down, c("j")], "Scroll down", .move(.down), footer: false),
        ])
}

private func c(_ character: Character) -> Key { .character(character) }
