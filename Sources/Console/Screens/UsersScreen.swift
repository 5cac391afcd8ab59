import Provisioning
import TermUI

/// Users: everything the IdPs provisioned, a page at a time.
struct UsersScreen: LiveListScreen {
    var view: ViewID { .users }
    var tabTitle: String { "Users" }
    var command: String { "users" }
    var breadcrumb: [String] { ["Users"] }
    var list: WritableKeyPath<AppState, UsersState> { \.users }
    var keySections: [KeySection] { [listSection("Users"), Keymap.listNavigation, Keymap.global] }
    var filterGrammar: [(syntax: String, meaning: String)] {
        [
            ("words", "userName, name, email"), ("dept:Sales", "department (\"quote spaces\")"),
            ("idp:Okta", "IdP name starts so"), ("active:false", "deactivated (:true active)"),
        ]
    }

    /// However many pages are loaded, so a refresh does not take rows from under the selection.
    func load(_ state: AppState) -> Effect {
        .loadUsers(filterText: state.users.filterText, offset: 0, count: max(UsersState.pageSize, state.users.rows.count))
    }

    func open(_ row: User, on state: inout AppState) -> [Effect] {
        state.users.detail = DetailState(id: row.id)
        return [.loadUserDetail(id: row.id)]
    }

    func copyableID(of row: User) -> (what: String, id: String)? { ("user id", row.id) }

    func selectionMoved(on state: inout AppState) -> [Effect] { state.loadMoreUsersIfNeeded() }

    /// Lists with many pages loaded are left to `r`, so scrolling far never makes every refresh expensive.
    func keepCurrent(_ state: inout AppState) -> [Effect] {
        guard state.users.rows.count <= AppState.liveRowLimit else { return [] }
        return state.users.list.isStale(generation: state.dataGeneration, now: state.now) ? refresh(&state) : []
    }

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

    func title(_ state: AppState) -> ViewTitle {
        let users = state.users
        var info: [Span] = []
        if !users.filterText.isEmpty { info.append(Span("filter “\(users.filterText)” · ", .accent)) }
        if users.loaded {
            let position = users.selection.index.map { "\(Format.count($0 + 1)) of " } ?? ""
            info.append(Span(position + Format.plural(users.total, "user"), .muted))
            if users.hasMore { info.append(Span(" (\(Format.count(users.rows.count)) loaded)", .muted)) }
        } else {
            info.append(Span("loading…", .muted))
        }
        return ViewTitle(crumbs: breadcrumb, info: info)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
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
            columns: Self.columns, count: users.rows.count, selection: users.selection.index,
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
