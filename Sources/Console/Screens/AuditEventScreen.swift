import Provisioning
import TermUI

/// One audit event whole: when, who, what, and the before/after snapshots.
struct AuditEventScreen: ListDetailScreen {
    var list: WritableKeyPath<AppState, AuditState> { \.audit }
    var helpTitle: String { "Audit event" }

    func title(_ state: AppState) -> ViewTitle {
        guard let event = state.audit.detail?.content else { return ViewTitle(crumbs: ["Audit log", "…"], info: []) }
        return ViewTitle(crumbs: ["Audit log", event.action.rawValue], info: [Span(Format.minute(event.time), .muted)])
    }

    func copyableID(_ detail: DetailState<AuditEvent>) -> (what: String, id: String)? { detail.content.map(Self.copyableID) }

    /// The resource the event is about, else the event itself.
    static func copyableID(_ event: AuditEvent) -> (what: String, id: String) {
        event.resourceID.map { ("resource id", $0) } ?? ("audit event", String(event.id))
    }

    func document(_ event: AuditEvent, _ state: AppState, width: Int) -> Document {
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
