import Provisioning
import TermUI

/// Users: everything the IdPs provisioned, a page at a time.
enum UsersView {
    static let columns = [
        // At 80 columns Email and Division give way: Okta's userName is usually the email.
        TableColumn("userName", width: .flexible(weight: 3, min: 20), priority: 10),
        TableColumn("Display name", width: .flexible(weight: 2, min: 14), priority: 9),
        TableColumn("Email", width: .flexible(weight: 3, min: 20), priority: 4),
        TableColumn("Department", width: .flexible(weight: 1, min: 10), priority: 5),
        TableColumn("Division", width: .flexible(weight: 1, min: 8), priority: 3),
        TableColumn("Active", width: .fixed(6), alignment: .center, priority: 8),
        TableColumn("IdP", width: .flexible(weight: 1, min: 6), priority: 6),
        TableColumn("Updated", width: .fixed(11), priority: 7),
    ]

    static func title(_ state: AppState) -> ViewTitle {
        let users = state.users
        if let detail = users.detail {
            let name = detail.content?.user.profile.userName ?? "…"
            return ViewTitle(crumbs: ["Users", name], info: [])
        }
        var info: [Span] = []
        if !users.filterText.isEmpty { info.append(Span("filter “\(users.filterText)” · ", .accent)) }
        if users.loaded {
            let position = users.selection.index.map { "\(Format.count($0 + 1)) of " } ?? ""
            info.append(Span(position + Format.plural(users.total, "user"), .muted))
            if users.hasMore { info.append(Span(" (\(Format.count(users.rows.count)) loaded)", .muted)) }
        } else {
            info.append(Span("loading…", .muted))
        }
        return ViewTitle(crumbs: ViewID.users.breadcrumb, info: info)
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let users = state.users
        let empty: [String] =
            if !users.loaded {
                ["Loading users…"]
            } else if !users.filterText.isEmpty {
                [
                    "No users match “\(users.filterText)”",
                    "Words match userName, name and email; dept:Sales, idp:Okta, active:false narrow. Esc clears.",
                ]
            } else {
                [
                    "No users yet — they appear when the IdP provisions them",
                    "Assign people to the SCIM app in the IdP; Traffic (5) shows its requests.",
                ]
            }
        TableWindow(
            columns: columns, count: users.rows.count, selection: users.selection.index,
            scrollOffset: users.selection.scrollOffset, emptyLines: empty
        ).render(into: &buffer, in: rect, palette: palette) { index in
            let user = users.rows[index]
            let p = user.profile
            return TableRow(
                [
                    p.userName, p.effectiveDisplayName, p.email ?? "", p.department ?? "", p.division ?? "",
                    p.active ? "✓" : "✗", state.idps.name(for: user.idpID), Format.ago(user.meta.lastModified, now: state.now),
                ],
                style: p.active ? nil : palette.theme.muted,
                cellStyles: [5: p.active ? palette.style(.ok) : palette.style(.danger)]
            )
        }
    }
}
