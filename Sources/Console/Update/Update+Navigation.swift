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
        switch target {
        case .settings, .identityProviders:
            guard !idpsLoading else { return [] }
            idpsLoading = true
            lastIdPRefresh = now
            return [.loadIdentityProviders]
        case .users:
            guard users.list.beginLoad(generation: dataGeneration, now: now) else { return [] }
            // However many pages are loaded, so a refresh does not take rows from under the selection.
            return [.loadUsers(filterText: users.filterText, offset: 0, count: max(UsersState.pageSize, users.rows.count))]
        case .groups:
            guard groups.list.beginLoad(generation: dataGeneration, now: now) else { return [] }
            return [.loadGroups(filterText: groups.filterText)]
        case .audit:
            guard audit.list.beginLoad(generation: dataGeneration, now: now) else { return [] }
            return [.loadAudit(text: audit.filterText)]
        case .admins:
            return [.loadAdmins]
        case .traffic:
            return []  // live: polling keeps it current
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
        case .view(.users):
            users.selection.move(movement, count: users.rows.count, visibleRows: rows)
            return loadMoreUsersIfNeeded()
        case .view(.groups):
            groups.selection.move(movement, count: groups.rows.count, visibleRows: rows)
        case .view(.traffic):
            moveTraffic(movement)
        case .view(.audit):
            audit.selection.move(movement, count: audit.rows.count, visibleRows: rows)
        case .view(.admins):
            admins.selection.move(movement, count: admins.items.count, visibleRows: rows)
        case .detail(.users):
            let (lines, rows) = (documentLineCount(), documentRows)
            users.detail?.scroll.move(movement, lineCount: lines, visibleRows: rows)
        case .detail(.groups):
            let (lines, rows) = (documentLineCount(), documentRows)
            groups.detail?.scroll.move(movement, lineCount: lines, visibleRows: rows)
        case .detail(.traffic):
            let (lines, rows) = (documentLineCount(), documentRows)
            traffic.detailScroll.move(movement, lineCount: lines, visibleRows: rows)
        case .detail(.audit):
            let (lines, rows) = (documentLineCount(), documentRows)
            audit.detail?.scroll.move(movement, lineCount: lines, visibleRows: rows)
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
        case .users:
            guard let index = users.selection.index, users.rows.indices.contains(index) else { return [] }
            let id = users.rows[index].id
            users.detail = DetailState(id: id)
            return [.loadUserDetail(id: id)]
        case .groups:
            guard let index = groups.selection.index, groups.rows.indices.contains(index) else { return [] }
            let id = groups.rows[index].id
            groups.detail = DetailState(id: id)
            return [.loadGroupDetail(id: id)]
        case .traffic:
            let rows = traffic.visible
            guard let index = traffic.selectedIndex(in: rows) else { return [] }
            traffic.detail = rows[index]
            traffic.detailScroll = ScrollPosition()
            return []
        case .audit:
            guard let index = audit.selection.index, audit.rows.indices.contains(index) else { return [] }
            let event = audit.rows[index]
            audit.detail = DetailState(id: String(event.id), content: event)
            return []
        case .admins:
            return []
        }
    }

    /// Esc: close the detail or editor, else clear the view's filter.
    mutating func back() -> [Effect] {
        switch view {
        case .identityProviders where idps.editor != nil:
            idps.editor = nil
        case .users where users.detail != nil:
            users.detail = nil
        case .groups where groups.detail != nil:
            groups.detail = nil
        case .traffic where traffic.detail != nil:
            traffic.detail = nil
        case .audit where audit.detail != nil:
            audit.detail = nil
        case .users, .groups, .traffic, .audit:
            return applyFilter("", to: view)
        default:
            break
        }
        return []
    }
}
