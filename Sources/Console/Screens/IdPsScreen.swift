import Provisioning
import TermUI

/// Settings › Identity Providers: each IdP and where its provisioning token stands.
struct IdPsScreen: TabScreen {
    var view: ViewID { .identityProviders }
    var tabTitle: String { "IdPs" }
    var command: String { "idps" }
    var breadcrumb: [String] { ["Settings", "Identity Providers"] }

    var keySections: [KeySection] {
        [
            KeySection(
                "Identity Providers",
                [
                    KeyBinding([.enter, .character("e")], "Edit", .editIdentityProvider),
                    .char("a", "Add IdP", .addIdentityProvider), .char("r", "Reload", .reload),
                ]),
            Keymap.listNavigation, Keymap.global,
        ]
    }

    /// The editor of the selected IdP covers the list while it is open.
    func onTop(_ state: AppState) -> KeyContext {
        guard let editor = state.idps.editor else { return .view(view) }
        return editor.section == .held ? .heldEditor : .idpEditor
    }

    func refresh(_ state: inout AppState) -> [Effect] { state.refreshIdentityProviders() }

    func loadFailed(_ state: inout AppState) { state.idpsLoading = false }

    func clamp(_ state: inout AppState) {
        let rows = state.tableRows
        state.idps.selection.clamp(count: state.idps.items.count, visibleRows: rows)
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        switch action {
        case .move(let movement):
            let rows = state.tableRows
            state.idps.selection.move(movement, count: state.idps.items.count, visibleRows: rows)
            return []
        case .open, .editIdentityProvider:
            return state.openEditor()
        case .addIdentityProvider:
            state.modal = .addIdentityProvider(IdPForm())
            return []
        default:
            return []
        }
    }

    static let columns = [
        TableColumn("Name", width: .flexible(weight: 2, min: 12), priority: 10),
        TableColumn("Kind", width: .fixed(7), priority: 3),
        TableColumn("Provisioning token", width: .flexible(weight: 1, min: 37), priority: 9),
        TableColumn("Last request", width: .fixed(12), priority: 5),
        // Outranks Kind and Last request: a tripped breaker must be seen at 80 columns.
        TableColumn("Breaker", width: .fixed(11), priority: 8),
    ]

    func title(_ state: AppState) -> ViewTitle {
        let info = state.idps.loaded ? Format.plural(state.idps.items.count, "identity provider") : "loading…"
        return ViewTitle(crumbs: breadcrumb, info: [Span(info, .muted)])
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let items = state.idps.items
        let empty =
            state.idps.loaded
            ? [
                "No identity providers yet — press a to add Okta",
                "Each IdP gets its own SCIM token; users and groups stay separate per IdP.",
            ]
            : ["Loading identity providers…"]
        TableWindow(
            columns: Self.columns, count: items.count, selection: state.idps.selection.index,
            scrollOffset: state.idps.selection.scrollOffset, emptyLines: empty
        ).render(into: &buffer, in: rect, palette: palette) { index in
            let item = items[index]
            let token = TokenStatusText(item.tokenState(at: state.now), now: state.now)
            let lastRequest = state.lastRequest(of: item)
            let retiring = item.workingTokens(at: state.now).count - (token.severity == .danger || token.severity == .muted ? 0 : 1)
            let breaker = BreakerStatusText(item)
            return TableRow(
                [
                    item.provider.name, item.provider.kind.shortName, (retiring > 0 ? "+\(retiring) retiring · " : "") + token.text,
                    lastRequest.map { Format.ago($0, now: state.now) } ?? "never", breaker.text,
                ],
                cellStyles: [
                    0: item.isHolding ? palette.style(.danger) : .plain, 2: palette.severity(token.severity),
                    3: lastRequest == nil ? palette.theme.muted : .plain, 4: palette.severity(breaker.severity),
                ]
            )
        }
    }
}

extension IdentityProvider.Kind {
    /// "Okta", "Entra", "Generic": fits a narrow column; ``displayName`` is the long form.
    var shortName: String {
        switch self {
        case .okta: "Okta"
        case .entra: "Entra"
        case .generic: "Generic"
        }
    }
}
