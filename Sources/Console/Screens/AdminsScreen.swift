import Provisioning
import TermUI

/// Settings › Console Admins: accounts no IdP may overwrite.
struct AdminsScreen: TabScreen {
    var view: ViewID { .admins }
    var tabTitle: String { "Admins" }
    var command: String { "admins" }
    var breadcrumb: [String] { ["Settings", "Console Admins"] }
    /// The explanation above the table.
    var rowsAboveTable: Int { 2 }

    var keySections: [KeySection] {
        [
            KeySection(
                "Console Admins",
                [
                    .char("a", "Add admin", .addAdmin), .char("d", "Remove", .removeAdmin, destructive: true),
                    .char("r", "Reload", .reload),
                ]),
            Keymap.listNavigation, Keymap.global,
        ]
    }

    func refresh(_ state: inout AppState) -> [Effect] { [.loadAdmins] }

    func clamp(_ state: inout AppState) {
        let rows = state.tableRows
        state.admins.selection.clamp(count: state.admins.items.count, visibleRows: rows)
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        switch action {
        case .move(let movement):
            let rows = state.tableRows
            state.admins.selection.move(movement, count: state.admins.items.count, visibleRows: rows)
            return []
        case .addAdmin:
            state.modal = .addAdmin(AdminForm())
            return []
        case .removeAdmin:
            return state.requestRemoveAdmin()
        default:
            return []
        }
    }

    static let columns = [
        TableColumn("Username", width: .flexible(weight: 1, min: 12), priority: 10),
        TableColumn("Email", width: .flexible(weight: 2, min: 16), priority: 8),
        TableColumn("Added", width: .fixed(20), priority: 5),
    ]

    func title(_ state: AppState) -> ViewTitle {
        let info = state.admins.loaded ? Format.plural(state.admins.items.count, "protected account") : "loading…"
        return ViewTitle(crumbs: breadcrumb, info: [Span(info, .muted)])
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
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
            columns: Self.columns, count: admins.items.count, selection: admins.selection.index,
            scrollOffset: admins.selection.scrollOffset, emptyLines: empty
        ).render(into: &buffer, in: table, palette: palette) { index in
            let admin = admins.items[index]
            return TableRow([admin.username, admin.email ?? "", Format.minute(admin.created)])
        }
    }
}
