import Provisioning
import TermUI

/// Groups: name, size, owner IdP, and whether it was deleted and pushed again.
enum GroupsView {
    static let columns = [
        TableColumn("Name", width: .flexible(weight: 3, min: 16), priority: 10),
        TableColumn("Members", width: .fixed(7), alignment: .right, priority: 9),
        TableColumn("IdP", width: .flexible(weight: 1, min: 8), priority: 6),
        TableColumn("Updated", width: .fixed(12), priority: 5),
        TableColumn("History", width: .fixed(12), priority: 4),
    ]

    static func title(_ state: AppState) -> ViewTitle {
        let groups = state.groups
        if let detail = groups.detail {
            return ViewTitle(crumbs: ["Groups", detail.content?.group.profile.displayName ?? "…"], info: [])
        }
        var info: [Span] = []
        if !groups.filterText.isEmpty { info.append(Span("filter “\(groups.filterText)” · ", .accent)) }
        if groups.loaded {
            let shown = groups.total > groups.rows.count ? " (first \(Format.count(groups.rows.count)))" : ""
            info.append(Span(Format.plural(groups.total, "group") + shown, .muted))
        } else {
            info.append(Span("loading…", .muted))
        }
        return ViewTitle(crumbs: ViewID.groups.breadcrumb, info: info)
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let groups = state.groups
        let empty: [String] =
            if !groups.loaded {
                ["Loading groups…"]
            } else if !groups.filterText.isEmpty {
                ["No groups match “\(groups.filterText)”", "Esc clears the filter."]
            } else {
                [
                    "No groups yet — they appear when the IdP pushes them",
                    "In Okta: Push Groups, with \"Push group memberships immediately\".",
                ]
            }
        TableWindow(
            columns: columns, count: groups.rows.count, selection: groups.selection.index,
            scrollOffset: groups.selection.scrollOffset, emptyLines: empty
        ).render(into: &buffer, in: rect, palette: palette) { index in
            let group = groups.rows[index]
            return TableRow(
                [
                    group.profile.displayName, Format.count(group.memberCount), state.idps.name(for: group.idpID),
                    Format.ago(group.meta.lastModified, now: state.now), group.relinkCount > 0 ? "re-linked ×\(group.relinkCount)" : "",
                ],
                cellStyles: [4: palette.style(.warning)]
            )
        }
    }
}

/// One group: its members and its whole history, deletions and re-links included.
enum GroupDetailView {
    static func document(_ detail: GroupDetail, _ state: AppState, width: Int) -> Document {
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
