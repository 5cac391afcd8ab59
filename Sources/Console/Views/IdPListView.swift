import Provisioning
import TermUI

/// Settings › Identity Providers: each IdP and where its provisioning token stands.
enum IdPListView {
    static let columns = [
        TableColumn("Name", width: .flexible(weight: 2, min: 12), priority: 10),
        TableColumn("Kind", width: .fixed(7), priority: 3),
        TableColumn("Provisioning token", width: .flexible(weight: 1, min: 37), priority: 9),
        TableColumn("Last request", width: .fixed(12), priority: 5),
        // Outranks Kind and Last request: a tripped breaker must be seen at 80 columns.
        TableColumn("Breaker", width: .fixed(11), priority: 8),
    ]

    static func title(_ state: AppState) -> ViewTitle {
        if let summary = state.editedIdP {
            return ViewTitle(crumbs: ["Settings", "Identity Providers", summary.provider.name], info: [])
        }
        let info = state.idps.loaded ? Format.plural(state.idps.items.count, "identity provider") : "loading…"
        return ViewTitle(crumbs: ViewID.identityProviders.breadcrumb, info: [Span(info, .muted)])
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        let items = state.idps.items
        let empty =
            state.idps.loaded
            ? [
                "No identity providers yet — press a to add Okta",
                "Each IdP gets its own SCIM token; users and groups stay separate per IdP.",
            ]
            : ["Loading identity providers…"]
        TableWindow(
            columns: columns, count: items.count, selection: state.idps.selection.index,
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
