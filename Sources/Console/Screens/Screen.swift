import TermUI

/// One screen of the console: a tab's list, a page opened from it, a dialog or the input line.
/// It owns its keymap, what its actions do, its title and how it draws. The registration
/// (``ViewID/screen``, ``KeyContext/screen``, ``Modal/context``) is the one place that says which
/// screen a tab, a context or a dialog is; ``AppState/keyContext`` says which is on top.
///
/// Screens are stateless values: what they show lives in ``AppState``, so any screen is still
/// rebuilt from messages in a test. A screen reads and changes its own part of the state.
protocol Screen: Sendable {
    /// Its keys, most specific first; the footer and `?` are generated from them.
    var keySections: [KeySection] { get }
    /// What `?` calls it ("Traffic", "User detail").
    var helpTitle: String { get }
    /// What `/` understands here, as `?` lists it under the keys: (syntax, meaning).
    var filterGrammar: [(syntax: String, meaning: String)] { get }
    /// The breadcrumb on the left of the title row, and what it looks at on the right.
    func title(_ state: AppState) -> ViewTitle
    /// Draws the content area (between the title row and the status line).
    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette)
    /// Does what a key bound to `action` asks. Actions every screen shares (views, `?`, `:`, `q`)
    /// are handled before a screen sees them.
    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect]
    /// Takes a key while the screen is on top; `action` is what the keymap binds it to. Pages and
    /// lists do only bound keys (through ``AppState/perform(_:key:)``, which does the shared ones
    /// first); dialogs and the input line take every key, since their fields take text.
    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect]
}

extension Screen {
    var helpTitle: String { keySections.first?.title ?? "Keys" }
    var filterGrammar: [(syntax: String, meaning: String)] { [] }
    func title(_ state: AppState) -> ViewTitle { ViewTitle(crumbs: [helpTitle], info: []) }
    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {}

    func handle(_ key: Key, _ action: Action?, on state: inout AppState) -> [Effect] {
        guard let action else { return [] }
        return state.perform(action, key: key)
    }
}
