import Provisioning
import TermUI

/// Audit log: every change, newest first, searchable.
struct AuditScreen: LiveListScreen {
    var view: ViewID { .audit }
    var tabTitle: String { "Audit" }
    var command: String { "audit" }
    var breadcrumb: [String] { ["Audit log"] }
    var list: WritableKeyPath<AppState, AuditState> { \.audit }
    var keySections: [KeySection] { [listSection("Audit log"), Keymap.listNavigation, Keymap.global] }
    var filterGrammar: [(syntax: String, meaning: String)] { [("text", "summary, actor, action, id")] }

    func load(_ state: AppState) -> Effect { .loadAudit(text: state.audit.filterText) }

    /// The event is held whole, since the list may reload under the open detail.
    func open(_ row: AuditEvent, on state: inout AppState) -> [Effect] {
        state.audit.detail = DetailState(id: String(row.id), content: row)
        return []
    }

    func copyableID(of row: AuditEvent) -> (what: String, id: String)? { AuditEventScreen.copyableID(row) }

    static let columns = [
        // Month-day and seconds: the year is in the detail, and seconds order a burst of changes.
        TableColumn("Time", width: .fixed(14), priority: 8),
        TableColumn("Actor", width: .flexible(weight: 1, min: 10), priority: 6),
        TableColumn("Action", width: .fixed(16), priority: 7),
        TableColumn("Summary", width: .flexible(weight: 8, min: 20), priority: 10),
    ]

    func title(_ state: AppState) -> ViewTitle {
        let audit = state.audit
        var info: [Span] = []
        if !audit.filterText.isEmpty { info.append(Span("search “\(audit.filterText)” · ", .accent)) }
        let limit = audit.rows.count >= AuditState.limit ? " (newest \(AuditState.limit))" : ""
        info.append(Span(audit.loaded ? Format.plural(audit.rows.count, "event") + limit : "loading…", .muted))
        if let chain = state.auditChain { info.append(Self.chainSpan(chain)) }
        return ViewTitle(crumbs: breadcrumb, info: info)
    }

    /// The seal check, loud when it fails: an altered audit log is something an admin must act on.
    static func chainSpan(_ chain: AuditChainReport) -> Span {
        if let broken = chain.firstBreak {
            return Span(" · ⚠ altered at #\(broken.id) (scimdesk audit verify)", .danger)
        }
        return Span(" · seals intact", .muted)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let audit = state.audit
        let empty: [String] =
            if !audit.loaded {
                ["Loading the audit log…"]
            } else if !audit.filterText.isEmpty {
                ["No events match “\(audit.filterText)”", "Esc clears the search."]
            } else {
                ["Nothing has changed yet", "Adding an IdP, generating a token and every provisioning write are recorded here."]
            }
        TableWindow(
            columns: Self.columns, count: audit.rows.count, selection: audit.selection.index,
            scrollOffset: audit.selection.scrollOffset, emptyLines: empty
        ).render(into: &buffer, in: rect, palette: palette) { index in
            let event = audit.rows[index]
            let role: Role? =
                switch event.action {
                case .protectedDrift, .groupRelinked: .warning
                case .tokenRevoked, .userDeleted, .groupDeleted, .userDeactivated, .adminRemoved: .danger
                default: nil
                }
            return TableRow(
                [
                    Format.dayClock(event.time), event.actor, event.action.rawValue,
                    Format.oneLine(event.summary),
                ],
                cellStyles: role.map { [2: palette.style($0)] } ?? [:]
            )
        }
    }
}
