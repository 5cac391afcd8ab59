import Provisioning
import TermUI

/// Audit log: every change, newest first, searchable.
enum AuditView {
    static let columns = [
        // Month-day and seconds: the year is in the detail, and seconds order a burst of changes.
        TableColumn("Time", width: .fixed(14), priority: 8),
        TableColumn("Actor", width: .flexible(weight: 1, min: 10), priority: 6),
        TableColumn("Action", width: .fixed(16), priority: 7),
        TableColumn("Summary", width: .flexible(weight: 8, min: 20), priority: 10),
    ]

    static func title(_ state: AppState) -> ViewTitle {
        let audit = state.audit
        if let event = audit.detail?.content {
            return ViewTitle(crumbs: ["Audit log", event.action.rawValue], info: [Span(Format.minute(event.time), .muted)])
        }
        var info: [Span] = []
        if !audit.filterText.isEmpty { info.append(Span("search “\(audit.filterText)” · ", .accent)) }
        let limit = audit.rows.count >= AuditState.limit ? " (newest \(AuditState.limit))" : ""
        info.append(Span(audit.loaded ? Format.plural(audit.rows.count, "event") + limit : "loading…", .muted))
        if let chain = state.auditChain { info.append(chainSpan(chain)) }
        return ViewTitle(crumbs: ViewID.audit.breadcrumb, info: info)
    }

    /// The seal check, loud when it fails: an altered audit log is something an admin must act on.
    static func chainSpan(_ chain: AuditChainReport) -> Span {
        if let broken = chain.firstBreak {
            return Span(" · ⚠ altered at #\(broken.id) (scimdesk audit verify)", .danger)
        }
        return Span(" · seals intact", .muted)
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
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
            columns: columns, count: audit.rows.count, selection: audit.selection.index,
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

    static func document(_ event: AuditEvent, width: Int) -> Document {
        var doc = Document(width: width)
        doc.line(Span(" " + event.action.rawValue, .strong))
        doc.blank()
        doc.field("Time", "\(Format.day(event.time)) \(Format.clock(event.time)) UTC")
        doc.field("Actor", event.actor)
        doc.field("Resource", [event.resourceType, event.resourceID].compactMap { $0 }.joined(separator: " "))
        doc.field("Summary", event.summary)
        if let before = event.before { doc.heading(" Before"); doc.code(JSONText.pretty(before)) }
        if let after = event.after { doc.heading(" After"); doc.code(JSONText.pretty(after)) }
        if event.before == nil && event.after == nil { doc.blank(); doc.paragraph("No before/after snapshot for this event.", .muted) }
        return doc
    }
}
