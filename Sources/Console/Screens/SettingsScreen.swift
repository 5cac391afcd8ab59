import Foundation
import Provisioning
import TermUI

/// Tab 1: what this ScimDesk is (listener, base URL) and the two things it is configured
/// with: Identity Providers and Console Admins.
struct SettingsScreen: TabScreen {
    var view: ViewID { .settings }
    var tabTitle: String { "Settings" }
    var command: String { "settings" }
    var breadcrumb: [String] { ["Settings"] }

    var keySections: [KeySection] {
        [
            KeySection(
                "Settings",
                [KeyBinding([.enter], "Open", .open), .char("a", "Add IdP", .addIdentityProvider), .char("r", "Reload", .reload)]),
            Keymap.listNavigation, Keymap.global,
        ]
    }

    func title(_ state: AppState) -> ViewTitle { ViewTitle(crumbs: breadcrumb, info: []) }

    /// Its summaries are the IdPs' and the admins'.
    func refresh(_ state: inout AppState) -> [Effect] { state.refreshIdentityProviders() }

    func loadFailed(_ state: inout AppState) { state.idpsLoading = false }

    func clamp(_ state: inout AppState) {
        let rows = state.tableRows
        state.settings.selection.clamp(count: SettingsState.Entry.allCases.count, visibleRows: rows)
    }

    func perform(_ action: Action, key: Key, on state: inout AppState) -> [Effect] {
        switch action {
        case .move(let movement):
            let rows = state.tableRows
            state.settings.selection.move(movement, count: SettingsState.Entry.allCases.count, visibleRows: rows)
            return []
        case .open:
            guard let index = state.settings.selection.index, let entry = SettingsState.Entry(rawValue: index) else { return [] }
            return state.show(entry.view)
        case .addIdentityProvider:
            state.modal = .addIdentityProvider(IdPForm())
            return []
        default:
            return []
        }
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer, in rect: Rect, palette: Palette) {
        var doc = Document(width: rect.width)
        doc.blank()
        doc.field("SCIM base URL", state.scimBaseURL ?? state.listener.noURLText, state.scimBaseURL == nil ? .warning : .text)
        BaseURLWarning.write(state.scimBaseURL, into: &doc)
        doc.field("Listener", state.listener.summary, state.listener.isHealthy ? .text : .danger)
        let stats = state.figures
        let drift = stats.drift > 0 ? " · \(stats.drift) drift (protected admins)" : ""
        doc.field(
            "Traffic",
            String(format: "%.1f req/s", stats.rate) + " · " + Format.plural(stats.errors, "error") + drift + " in the last 5 min")
        doc.blank()
        doc.line(Span(" Sections", .heading))
        let (top, rest) = rect.divided(atTop: doc.lines.count)
        doc.render(into: &buffer, in: top, scroll: 0, palette: palette)

        let items = SettingsState.Entry.allCases.map { entry in
            ListItem("▸ " + entry.title.fitted(toWidth: 22) + summary(of: entry, state))
        }
        let (list, hint) = rest.divided(atTop: items.count)
        ListView(items: items, selectedIndex: state.settings.selection.index, theme: palette.theme)
            .render(into: &buffer, in: list)
        guard state.idps.loaded, state.idps.items.isEmpty else { return }
        EmptyState.render(
            [
                "No identity providers yet — press a to add Okta",
                "Then open it (2, Enter), go to Advanced and generate its token.",
            ],
            into: &buffer, in: hint, palette: palette
        )
    }

    func summary(of entry: SettingsState.Entry, _ state: AppState) -> String {
        switch entry {
        case .identityProviders:
            guard state.idps.loaded else { return "loading…" }
            let warnings = state.idps.items.compactMap { TokenStatusText.warning(for: $0, now: state.now) }
            guard !state.idps.items.isEmpty else { return "none yet" }
            return Format.plural(state.idps.items.count, "configured", "configured") + (warnings.first.map { " · " + $0.long } ?? "")
        case .consoleAdmins:
            guard state.admins.loaded else { return "loading…" }
            guard !state.admins.items.isEmpty else { return "none yet — protect the people who run ScimDesk" }
            return Format.plural(state.admins.items.count, "protected account") + " — IdPs cannot overwrite them"
        }
    }
}

extension SettingsState.Entry {
    var title: String { self == .identityProviders ? "Identity Providers" : "Console Admins" }
}
