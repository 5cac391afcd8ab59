import TermUI

/// The page opened from a row of a ``LiveListScreen``: a user, a group, an audit event. Esc goes
/// back to the list, `y` copies the id, the arrows scroll.
protocol ListDetailScreen: PageScreen {
    associatedtype Row: Identifiable & Sendable
    associatedtype Detail: Sendable
    /// The list it was opened from, which holds it.
    var list: WritableKeyPath<AppState, ListScreen<Row, Detail>> { get }
    /// The page for the content, once loaded.
    func document(_ content: Detail, _ state: AppState, width: Int) -> Document
    /// What `y` copies: ("user id", id).
    func copyableID(_ detail: DetailState<Detail>) -> (what: String, id: String)?
}

extension ListDetailScreen {
    var keySections: [KeySection] { Keymap.detailSections(helpTitle) }

    func document(_ state: AppState, width: Int) -> Document? {
        state[keyPath: list].detail?.content.map { document($0, state, width: width) }
    }

    func scroll(_ state: AppState) -> Int { state[keyPath: list].detail?.scroll.offset ?? 0 }

    func setScroll(_ position: ScrollPosition, on state: inout AppState) { state[keyPath: list].detail?.scroll = position }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        switch action {
        case .move(let movement):
            move(movement, on: &state)
        case .back:
            state[keyPath: list].detail = nil
        case .copyID:
            return state.copy(state[keyPath: list].detail.flatMap(copyableID))
        default:
            break
        }
        return []
    }
}

extension Keymap {
    /// A detail page's keys: back, copy its id, scroll.
    static func detailSections(_ title: String, copyLabel: String = "Copy id") -> [KeySection] {
        [KeySection(title, [back, .char("y", copyLabel, .copyID, footer: false)]), textNavigation, global]
    }
}
