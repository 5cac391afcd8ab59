import TermUI

/// One screen of the console: a tab's list, a page opened from it, a dialog or the input line.
/// It owns its keymap, what its actions do, its title and how it draws. ``KeyContext/screen`` is
/// the one place that says which screen a context is; ``AppState/keyContext`` says which is on top.
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

/// A tab (1–7): its name, its `:` command, and how its data is kept current.
protocol TabScreen: Screen {
    var view: ViewID { get }
    /// The tab label; short so all seven fit in 80 columns.
    var tabTitle: String { get }
    /// The `:` command that opens it.
    var command: String { get }
    /// The breadcrumb of its list level.
    var breadcrumb: [String] { get }
    /// Which of its screens is on top: itself, or the page opened from it.
    func onTop(_ state: AppState) -> KeyContext
    /// The load that brings it up to date (nothing while one is already running).
    func refresh(_ state: inout AppState) -> [Effect]
    /// Reloads when its rows may be behind the data (see ``LiveList``).
    func keepCurrent(_ state: inout AppState) -> [Effect]
    /// The `/` filter as typed; nil where `/` does nothing.
    func filterText(_ state: AppState) -> String?
    /// Sets the filter (the text is trimmed and differs from the current one).
    func applyFilter(_ text: String, on state: inout AppState) -> [Effect]
    /// Re-fits its selection to its rows and the screen size.
    func clamp(_ state: inout AppState)
    /// A load failed (which one is not known): clears its "loading" mark so the next refresh retries.
    func loadFailed(_ state: inout AppState)
    /// Rows of the content area above its table (an explanation), which the table cannot use.
    var rowsAboveTable: Int { get }
}

extension TabScreen {
    var helpTitle: String { breadcrumb.last! }
    func onTop(_ state: AppState) -> KeyContext { .view(view) }
    func keepCurrent(_ state: inout AppState) -> [Effect] { [] }
    func filterText(_ state: AppState) -> String? { nil }
    func applyFilter(_ text: String, on state: inout AppState) -> [Effect] { [] }
    func loadFailed(_ state: inout AppState) {}
    var rowsAboveTable: Int { 0 }
}

/// A screen that is one scrolling page of text (a detail, the IdP editor), laid out by a pure
/// function of the state so `update` counts the very lines `render` draws.
protocol PageScreen: Screen {
    /// The page, once its content has arrived.
    func document(_ state: AppState, width: Int) -> Document?
    /// Its first visible line.
    func scroll(_ state: AppState) -> Int
    func setScroll(_ position: ScrollPosition, on state: inout AppState)
    /// Rows of the content area above the page (the editor's section bar).
    func rowsAbove(_ state: AppState, lineCount: Int) -> Int
}

extension PageScreen {
    func rowsAbove(_ state: AppState, lineCount: Int) -> Int { 0 }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        guard let doc = document(state, width: rect.width) else {
            return EmptyState.render(["Loading…"], into: &buffer, in: rect, palette: palette)
        }
        doc.render(into: &buffer, in: rect, scroll: scroll(state), palette: palette)
    }

    /// Scrolls by `movement`, never past the end of the page.
    func move(_ movement: Movement, on state: inout AppState) {
        var position = ScrollPosition(offset: scroll(state))
        position.move(movement, lineCount: state.documentLineCount(), visibleRows: state.documentRows)
        setScroll(position, on: &state)
    }
}
