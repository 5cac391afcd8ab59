import Foundation
import Provisioning
import TermUI

/// Traffic: every SCIM request, newest first, live.
struct TrafficScreen: TabScreen {
    var view: ViewID { .traffic }
    var tabTitle: String { "Traffic" }
    var command: String { "traffic" }
    var breadcrumb: [String] { ["Traffic"] }

    var keySections: [KeySection] {
        [
            KeySection(
                "Traffic",
                [
                    KeyBinding([.enter], "Open", .open), .char("F", "Follow/Pause", .toggleFollow), .char("e", "Next error", .nextError),
                    .char("E", "Prev error", .previousError), .char("/", "Filter", .filter),
                    KeyBinding([.escape], "Clear filter", .back, footer: false),
                    .char("y", "Copy request id", .copyID, footer: false),
                ]),
            Keymap.listNavigation, Keymap.global,
        ]
    }

    var filterGrammar: [(syntax: String, meaning: String)] {
        [
            ("words", "any column"), ("status:4xx", "a class; :404 a code"), ("status:err", "any 4xx or 5xx"),
            ("method:POST", "one method"), ("idp:Okta", "IdP name starts so"),
        ]
    }

    func onTop(_ state: AppState) -> KeyContext { state.traffic.detail != nil ? .detail(.traffic) : .view(.traffic) }

    /// Live: polling keeps it current.
    func refresh(_ state: inout AppState) -> [Effect] { [] }

    func filterText(_ state: AppState) -> String? { state.traffic.filter.text }

    /// Filters the records held, in the console.
    func applyFilter(_ text: String, on state: inout AppState) -> [Effect] {
        state.traffic.filter = TrafficFilter(text)
        state.traffic.scrollOffset = 0
        if !state.traffic.following { state.traffic.selectedID = state.traffic.visible.first?.id }
        return []
    }

    func clamp(_ state: inout AppState) { state.clampTraffic() }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        switch action {
        case .move(let movement):
            state.moveTraffic(movement)
        case .open:
            let rows = state.traffic.visible
            guard let index = state.traffic.selectedIndex(in: rows) else { return [] }
            state.traffic.detail = rows[index]
            state.traffic.detailScroll = ScrollPosition()
        case .back:
            return state.applyFilter("", to: view)
        case .copyID:
            let rows = state.traffic.visible
            return state.copy(state.traffic.selectedIndex(in: rows).map { ("request id", rows[$0].requestID) })
        case .toggleFollow:
            return state.toggleFollow()
        case .nextError:
            return state.jumpToError(forward: true)
        case .previousError:
            return state.jumpToError(forward: false)
        default:
            break
        }
        return []
    }
}
