import Provisioning
import TermUI

/// Groups: name, size, owner IdP, and whether it was deleted and pushed again.
struct GroupsScreen: LiveListScreen {
    var view: ViewID { .groups }
    var tabTitle: String { "Groups" }
    var command: String { "groups" }
    var breadcrumb: [String] { ["Groups"] }
    var list: WritableKeyPath<AppState, GroupsState> { \.groups }
    var keySections: [KeySection] { [listSection("Groups"), Keymap.listNavigation, Keymap.global] }
    var filterGrammar: [(syntax: String, meaning: String)] { [("text", "the group's name")] }

    func load(_ state: AppState) -> Effect { .loadGroups(filterText: state.groups.filterText) }

    func open(_ row: Group, on state: inout AppState) -> [Effect] {
        state.groups.detail = DetailState(id: row.id)
        return [.loadGroupDetail(id: row.id)]
    }

    func copyableID(of row: Group) -> (what: String, id: String)? { ("group id", row.id) }

    static let columns = [
        TableColumn("Name", width: .flexible(weight: 3, min: 16), priority: 10),
        TableColumn("Members", width: .fixed(7), alignment: .right, priority: 9),
        TableColumn("IdP", width: .flexible(weight: 1, min: 8), priority: 6),
        TableColumn("Updated", width: .fixed(12), priority: 5),
        TableColumn("History", width: .fixed(12), priority: 4),
    ]

    func title(_ state: AppState) -> ViewTitle {
        let groups = state.groups
        var info: [Span] = []
        if !groups.filterText.isEmpty { info.append(Span("filter “\(groups.filterText)” · ", .accent)) }
        if groups.loaded {
            let shown = groups.total > groups.rows.count ? " (first \(Format.count(groups.rows.count)))" : ""
            info.append(Span(Format.plural(groups.total, "group") + shown, .muted))
        } else {
            info.append(Span("loading…", .muted))
        }
        return ViewTitle(crumbs: breadcrumb, info: info)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
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
            columns: Self.columns, count: groups.rows.count, selection: groups.selection.index,
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
