import Foundation
import Provisioning
import TermUI

/// The table: newest first, what each answer means by colour, the live/paused state in the title.
extension TrafficScreen {
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
