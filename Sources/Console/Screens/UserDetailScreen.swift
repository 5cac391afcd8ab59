import Provisioning

/// One user: attributes, groups, what the IdP wanted but could not change, history, and the
/// SCIM document as stored.
struct UserDetailScreen: ListDetailScreen {
    var list: WritableKeyPath<AppState, UsersState> { \.users }
    var helpTitle: String { "User detail" }

    func title(_ state: AppState) -> ViewTitle {
        ViewTitle(crumbs: ["Users", state.users.detail?.content?.user.profile.userName ?? "…"], info: [])
    }

    func copyableID(_ detail: DetailState<UserDetail>) -> (what: String, id: String)? { ("user id", detail.id) }

    func document(_ detail: UserDetail, _ state: AppState, width: Int) -> Document {
        var doc = Document(width: width)
        let user = detail.user
        let p = user.profile
        var title = [Span(" \(p.userName)", .strong)]
        if detail.isProtectedAdmin {
            title.append(Span("  "))
            title.append(Span(" PROTECTED ADMIN ", .badge))
            title.append(Span("  the IdP cannot change this account", .muted))
        }
        doc.line(title)
        doc.blank()
        doc.field("Display name", p.effectiveDisplayName)
        doc.field("Name", [p.givenName, p.familyName].compactMap { $0 }.joined(separator: " "))
        doc.field("Email", p.email ?? "")
        doc.field("Department", p.department ?? "")
        doc.field("Division", p.division ?? "")
        doc.field("Active", p.active ? "✓ active" : "✗ deactivated", p.active ? .ok : .danger)
        doc.field("IdP", state.idps.name(for: user.idpID))
        doc.field("externalId", p.externalID ?? "")
        doc.field("id", user.id, .muted)
        doc.field("Created", Format.minute(user.meta.created))
        doc.field("Updated", "\(Format.minute(user.meta.lastModified)) · version \(user.meta.version)")

        doc.heading(" Groups (\(detail.groups.count))")
        if detail.groups.isEmpty { doc.paragraph("member of no group", .muted) }
        for group in detail.groups { doc.paragraph(group.displayName, prefix: "• ") }

        let drift = detail.audit.filter { $0.action == .protectedDrift }
        if !drift.isEmpty {
            doc.heading(" IdP wanted (not applied: protected admin)")
            for event in drift { doc.paragraph(event.summary, .warning, prefix: Format.minute(event.time) + "  ") }
        }

        doc.heading(" Recent changes")
        let history = detail.audit.filter { $0.action != .protectedDrift }
        if history.isEmpty { doc.paragraph("no recorded changes", .muted) }
        for event in history.prefix(20) {
            doc.paragraph(event.summary, prefix: Format.minute(event.time) + "  ")
        }

        doc.heading(" SCIM document")
        doc.code(JSONValue.object(p.document).serialized(pretty: true))
        return doc
    }
}
