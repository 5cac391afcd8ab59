import Foundation
import TermUI

/// A tab that is one ``LiveList`` with a detail page: Users, Groups and Audit. The list's moves,
/// filter, reloads and live refresh are written here once; a screen supplies its rows' place in
/// the state, its load, and what opening a row does.
protocol LiveListScreen: TabScreen {
    associatedtype Row: Identifiable & Sendable
    associatedtype Detail: Sendable
    /// Where its list lives in the state.
    var list: WritableKeyPath<AppState, ListScreen<Row, Detail>> { get }
    /// The load of the first rows for the current filter.
    func load(_ state: AppState) -> Effect
    /// Opens the detail of `row`.
    func open(_ row: Row, on state: inout AppState) -> [Effect]
    /// What `y` copies from a row: ("user id", id).
    func copyableID(of row: Row) -> (what: String, id: String)?
    /// After the selection moved: e.g. fetch the next page.
    func selectionMoved(on state: inout AppState) -> [Effect]
}

extension LiveListScreen {
    func onTop(_ state: AppState) -> KeyContext { state[keyPath: list].detail != nil ? .detail(view) : .view(view) }

    func selectionMoved(on state: inout AppState) -> [Effect] { [] }

    func refresh(_ state: inout AppState) -> [Effect] {
        guard state[keyPath: list].list.beginLoad(generation: state.dataGeneration, now: state.now) else { return [] }
        return [load(state)]
    }

    func keepCurrent(_ state: inout AppState) -> [Effect] {
        state[keyPath: list].list.isStale(generation: state.dataGeneration, now: state.now) ? refresh(&state) : []
    }

    func filterText(_ state: AppState) -> String? { state[keyPath: list].filterText }

    func applyFilter(_ text: String, on state: inout AppState) -> [Effect] {
        state[keyPath: list].list.setFilter(text)
        return refresh(&state)
    }

    func loadFailed(_ state: inout AppState) { state[keyPath: list].loading = false }

    func clamp(_ state: inout AppState) {
        let rows = state.tableRows
        state[keyPath: list].selection.clamp(count: state[keyPath: list].rows.count, visibleRows: rows)
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        switch action {
        case .move(let movement):
            let rows = state.tableRows
            state[keyPath: list].selection.move(movement, count: state[keyPath: list].rows.count, visibleRows: rows)
            return selectionMoved(on: &state)
        case .open:
            guard let row = state[keyPath: list].selected else { return [] }
            return open(row, on: &state)
        case .back:
            return state.applyFilter("", to: view)
        case .reload:
            return state.reload()
        case .copyID:
            return state.copy(state[keyPath: list].selected.flatMap(copyableID(of:)))
        default:
            return []
        }
    }

    /// Open, filter, reload, clear, copy: the list's own keys.
    func listSection(_ title: String) -> KeySection {
        KeySection(
            title,
            [
                KeyBinding([.enter], "Open", .open), .char("/", "Filter", .filter), .char("r", "Reload", .reload),
                KeyBinding([.escape], "Clear filter", .back, footer: false), .char("y", "Copy id", .copyID, footer: false),
            ])
    }
}
