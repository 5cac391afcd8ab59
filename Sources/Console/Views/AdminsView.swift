import Provisioning
import TermUI

/// Settings › Console Admins: accounts no IdP may overwrite.
enum AdminsView {
    static let columns = [
        TableColumn("Username", width: .flexible(weight: 1, min: 12), priority: 10),
        TableColumn("Email", width: .flexible(weight: 2, min: 16), priority: 8),
        TableColumn("Added", width: .fixed(20), priority: 5),
    ]

    static func title(_ state: AppState) -> ViewTitle {
        let info = state.admins.loaded ? Format.plural(state.admins.items.count, "protected account") : "loading…"
        return ViewTitle(crumbs: ViewID.admins.breadcrumb, info: [Span(info, .muted)])
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let admins = state.admins
        let (top, table) = rect.divided(atTop: 2)
        buffer.put(
            "IdPs cannot create, change or delete a user whose userName or email matches.",
            in: top.row(0).inset(left: 1, right: 1), style: palette.theme.muted
        )
        let empty =
            admins.loaded
            ? [
                "No console admins yet — press a to add one",
                "Add the people who run ScimDesk, so a misconfigured IdP cannot take over their accounts.",
            ]
            : ["Loading console admins…"]
        TableWindow(
            columns: columns, count: admins.items.count, selection: admins.selection.index,
            scrollOffset: admins.selection.scrollOffset, emptyLines: empty
        ).render(into: &buffer, in: table, palette: palette) { index in
            let admin = admins.items[index]
            return TableRow([admin.username, admin.email ?? "", Format.minute(admin.created)])
        }
    }
}
