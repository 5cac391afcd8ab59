import Foundation

/// One list view's rows as the store last returned them: the filter they answer, the selection,
/// and how current they are. Users, Groups and Audit each hold one.
///
/// Lists stay live: ``AppState`` reloads the one on screen when the IdPs have written since it
/// was loaded (see ``AppState/dataGeneration``) or when it is a few seconds old. A reload never
/// moves the selection under the operator: the selected row stays selected and on the same
/// screen row, unless it was the top row, which keeps the top so new rows come into view.
struct LiveList<Row: Identifiable & Sendable>: Sendable {
    var rows: [Row] = []
    /// Rows matching the filter in all (may exceed ``rows`` when only the first pages are loaded).
    var total = 0
    var loaded = false
    var loading = false
    var filterText = ""
    var selection = ListSelection()
    /// ``AppState/dataGeneration`` when the last load was asked for.
    var generation = 0
    /// When the last load was asked for.
    var requested: Date?

    init() {}

    var hasMore: Bool { rows.count < total }

    var selected: Row? { selection.index.flatMap { rows.indices.contains($0) ? rows[$0] : nil } }

    /// Marks a load as running, unless one already is.
    mutating func beginLoad(generation: Int, now: Date) -> Bool {
        guard !loading else { return false }
        loading = true
        self.generation = generation
        requested = now
        return true
    }

    /// Whether the rows may be older than the data: written to since, or simply not read for a while.
    func isStale(generation: Int, now: Date) -> Bool {
        guard loaded, !loading, let requested else { return false }
        let age = now.timeIntervalSince(requested)
        return (generation > self.generation && age >= Self.minimumInterval) || age >= Self.maximumAge
    }

    /// Reloads at most this often, however busy the IdPs are.
    static var minimumInterval: TimeInterval { 1 }
    /// Reloads at least this often, to catch what other processes (the CLI) changed.
    static var maximumAge: TimeInterval { 10 }

    /// A new filter: the rows no longer answer it, the selection starts over.
    mutating func setFilter(_ text: String) {
        filterText = text
        selection = ListSelection()
        loading = false
    }

    /// The rows from the first one: replaces what is shown, keeping the selection where it was.
    mutating func replace(with newRows: [Row], total: Int, visibleRows: Int) {
        let anchor = (selection.index ?? 0) > 0 ? selected?.id : nil
        let screenRow = (selection.index ?? 0) - selection.scrollOffset
        rows = newRows
        self.total = total
        loaded = true
        loading = false
        if let anchor, let index = rows.firstIndex(where: { $0.id == anchor }) {
            selection.index = index
            selection.scrollOffset = max(0, index - screenRow)
        }
        selection.clamp(count: rows.count, visibleRows: visibleRows)
    }

    /// The next page, when it continues the rows held.
    mutating func append(_ more: [Row], at offset: Int, total: Int, visibleRows: Int) {
        loading = false
        guard offset == rows.count else { return }
        rows += more
        self.total = total
        selection.clamp(count: rows.count, visibleRows: visibleRows)
    }
}
