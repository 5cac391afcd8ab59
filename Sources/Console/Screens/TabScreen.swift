/// A tab (1–7): its name, its `:` command, and how its data is kept current.
protocol TabScreen: Screen {
    /// The tab it is.
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
