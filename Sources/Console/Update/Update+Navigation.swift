import Foundation
import Provisioning
import TermUI

extension AppState {
    /// Switches to `target` and refreshes its data, so a view never shows stale rows for long.
    mutating func show(_ target: ViewID) -> [Effect] {
        view = target
        return refresh(target)
    }

    /// The load that brings `target` up to date (nothing while one is already running).
    mutating func refresh(_ target: ViewID) -> [Effect] {
        if let screen = target.screen { return screen.refresh(&self) }
        switch target {
        case .settings, .identityProviders:
            guard !idpsLoading else { return [] }
            idpsLoading = true
            lastIdPRefresh = now
            return [.loadIdentityProviders]
        case .admins:
            return [.loadAdmins]
        default:
            return []
        }
    }

    mutating func reload() -> [Effect] {
        let effects = refresh(view)
        if !effects.isEmpty { post("Reloading \(view.breadcrumb.last!.lowercased())…") }
        return effects
    }

    mutating func move(_ movement: Movement) -> [Effect] {
        let rows = tableRows
        switch keyContext {
        case .view(.settings):
            settings.selection.move(movement, count: SettingsState.Entry.allCases.count, visibleRows: rows)
        case .view(.identityProviders):
            idps.selection.move(movement, count: idps.items.count, visibleRows: rows)
        case .idpEditor, .heldEditor:
            let (lines, rows) = (documentLineCount(), documentRows)
            idps.editor?.scroll.move(movement, lineCount: lines, visibleRows: rows)
        case .view(.admins):
            admins.selection.move(movement, count: admins.items.count, visibleRows: rows)
        default:
            break
        }
        return []
    }

    /// Enter: drill into the selected row.
    mutating func open() -> [Effect] {
        switch view {
        case .settings:
            guard let index = settings.selection.index, let entry = SettingsState.Entry(rawValue: index) else { return [] }
            return show(entry.view)
        case .identityProviders:
            return openEditor()
        default:
            return []
        }
    }

    /// Esc: close the detail or editor, else clear the view's filter.
    mutating func back() -> [Effect] {
        switch view {
        case .identityProviders where idps.editor != nil:
            idps.editor = nil
        default:
            break
        }
        return []
    }
}
