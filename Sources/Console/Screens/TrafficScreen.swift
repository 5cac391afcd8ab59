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

    static let columns = [
        TableColumn("Time", width: .fixed(8), priority: 9),
        // Which IdP sent it matters at every width; the column truncates ("Entra (…") rather than go.
        TableColumn("IdP", width: .flexible(weight: 2, min: 6), priority: 8),
        TableColumn("Method", width: .fixed(6), priority: 8),
        // Ids are replaced by the resource's name (or {id} when it is not known); the detail has the id.
        TableColumn("Path", width: .flexible(weight: 3, min: 16), priority: 10),
        TableColumn("Status", width: .fixed(6), alignment: .right, priority: 10),
        TableColumn("Latency", width: .fixed(8), alignment: .right, priority: 3),
        TableColumn("What it did", width: .flexible(weight: 4, min: 26), priority: 7),
    ]

    func title(_ state: AppState) -> ViewTitle {
        let traffic = state.traffic
        var info: [Span] = []
        if !traffic.filter.isEmpty {
            info.append(Span("filter “\(traffic.filter.text)” · \(Format.count(traffic.visible.count)) of ", .accent))
        }
        info.append(Span(Format.plural(traffic.records.count, "request") + " · ", .muted))
        if traffic.following {
            info.append(Span("● LIVE", .accent))
        } else {
            info.append(Span(" PAUSED +\(Format.count(traffic.newWhilePaused)) new ", .badge))
        }
        return ViewTitle(crumbs: breadcrumb, info: info)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let traffic = state.traffic
        // Live and unfiltered, rows are the ring's records newest first: read only the ones on screen.
        let live = traffic.isLiveUnfiltered
        let rows = live ? [] : traffic.visible
        let count = live ? traffic.records.count : rows.count
        let empty: [String] =
            if !traffic.loaded {
                ["Loading traffic…"]
            } else if !traffic.filter.isEmpty, !traffic.records.isEmpty {
                ["No requests match “\(traffic.filter.text)”", "Try words, status:4xx, method:POST or idp:Okta. Esc clears the filter."]
            } else {
                [
                    "No SCIM requests yet. Point Okta at \(state.scimBaseURL ?? "the SCIM base URL")",
                    "The token and the setup steps are under 2 IdPs › Enter › Advanced.",
                ]
            }
        TableWindow(
            columns: Self.columns, count: count, selection: live ? (count > 0 ? 0 : nil) : traffic.selectedIndex(in: rows),
            scrollOffset: traffic.scrollOffset, emptyLines: empty
        ).render(into: &buffer, in: rect, palette: palette) { index in
            let record = live ? traffic.records[newestFirst: index] : rows[index]
            return TableRow(
                [
                    Format.clock(record.time), record.idpName ?? "—", record.method, traffic.names.displayPath(record.path),
                    String(record.status),
                    Format.latency(microseconds: record.latencyMicroseconds), record.summary,
                ],
                cellStyles: Self.styles(TrafficOutcome(record), status: record.status, palette: palette)
            )
        }
    }

    /// Status and "what it did" by outcome: errors stand out, expected answers recede, drift warns.
    static func styles(_ outcome: TrafficOutcome, status: Int, palette: Palette) -> [Int: Style] {
        switch outcome {
        case .ok: [4: palette.httpStatus(status)]
        case .expected: [4: palette.theme.muted, 6: palette.theme.muted]
        case .drift: [4: palette.style(.warning), 6: palette.style(.warning)]
        case .error: [4: palette.httpStatus(status), 6: palette.style(.danger)]
        }
    }
}
