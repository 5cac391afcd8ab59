import Provisioning
import TermUI

/// One group: its members and its whole history, deletions and re-links included.
struct GroupDetailScreen: ListDetailScreen {
    var list: WritableKeyPath<AppState, GroupsState> { \.groups }
    var helpTitle: String { "Group detail" }

    func title(_ state: AppState) -> ViewTitle {
        ViewTitle(crumbs: ["Groups", state.groups.detail?.content?.group.profile.displayName ?? "…"], info: [])
    }

    func copyableID(_ detail: DetailState<GroupDetail>) -> (what: String, id: String)? { ("group id", detail.id) }

    func document(_ detail: GroupDetail, _ state: AppState, width: Int) -> Document {
        var doc = Document(width: width)
        let group = detail.group
        var title = [Span(" \(group.profile.displayName)", .strong)]
        if group.relinkCount > 0 {
            title.append(Span("  re-linked ×\(group.relinkCount): deleted in the IdP and pushed again, same id", .warning))
        }
        if let deleted = group.deleted { title.append(Span("  deleted \(Format.minute(deleted))", .danger)) }
        doc.line(title)
        doc.blank()
        doc.field("IdP", state.idps.name(for: group.idpID))
        doc.field("externalId", group.profile.externalID ?? "")
        doc.field("id", group.id, .muted)
        doc.field("Created", Format.minute(group.meta.created))
        doc.field("Updated", "\(Format.minute(group.meta.lastModified)) · version \(group.meta.version)")

        doc.heading(" Members (\(Format.count(detail.members.count)))")
        if detail.members.isEmpty { doc.paragraph("no members", .muted) }
        for member in detail.members {
            doc.line(Span("  • "), Span(member.display ?? "(unknown user)"), Span("  \(member.userID)", .muted))
        }

        doc.heading(" History")
        if detail.audit.isEmpty { doc.paragraph("no recorded changes", .muted) }
        for event in detail.audit {
            let role: Role = event.action == .groupRelinked || event.action == .groupDeleted ? .warning : .text
            doc.paragraph(event.summary, role, prefix: Format.minute(event.time) + "  ")
        }
        return doc
    }
}
