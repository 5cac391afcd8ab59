import Foundation
import Provisioning
import TermUI

extension AppState {
    /// Results of effects. Answers to a filter that has since changed are dropped.
    mutating func handleResult(_ msg: Msg) -> [Effect] {
        switch msg {
        case .identityProvidersLoaded(let items): identityProvidersLoaded(items)
        case .identityProviderAdded(let idp): return identityProviderAdded(idp)
        case .identityProviderAddFailed(let message): identityProviderAddFailed(message)
        case .tokenGenerated(let token): return tokenGenerated(token)
        case .tokenRevoked(let name, let count): return tokenRevoked(idpName: name, count: count)
        case .usersLoaded(let page): usersLoaded(page)
        case .userDetailLoaded(let detail):
            if users.detail?.id == detail.user.id { users.detail?.content = detail }
        case .groupsLoaded(let list): groupsLoaded(list)
        case .groupDetailLoaded(let detail):
            if groups.detail?.id == detail.group.id { groups.detail?.content = detail }
        case .auditLoaded(let list): auditLoaded(list)
        case .adminsLoaded(let items): adminsLoaded(items)
        case .adminAdded(let admin): return adminAdded(admin)
        case .adminAddFailed(let message): adminAddFailed(message)
        case .adminRemoved(let username): return adminRemoved(username)
        case .trafficLoaded(let records): trafficLoaded(records)
        case .trafficArrived(let records): return trafficArrived(records)
        case .trafficPollFailed(let message): trafficPollFailed(message)
        case .start, .key, .tick, .resize, .pollDue, .listenerChanged, .scimBaseURLChanged, .failed: break
        }
        return []
    }

    mutating func usersLoaded(_ page: UserPage) {
        guard page.filterText == users.filterText else { return }
        users.loading = false
        users.loaded = true
        users.total = page.total
        if page.offset == 0 {
            users.rows = page.items
        } else if page.offset == users.rows.count {
            users.rows += page.items
        }
        users.selection.clamp(count: users.rows.count, visibleRows: tableRows)
    }

    /// Fetches the next page when the selection comes within a screen of the last loaded row.
    mutating func loadMoreUsersIfNeeded() -> [Effect] {
        guard users.hasMore, !users.loading, let index = users.selection.index,
            index >= users.rows.count - tableRows
        else { return [] }
        users.loading = true
        return [.loadUsers(filterText: users.filterText, offset: users.rows.count)]
    }

    mutating func groupsLoaded(_ list: GroupList) {
        guard list.filterText == groups.filterText else { return }
        groups.loading = false
        groups.loaded = true
        groups.rows = list.items
        groups.total = list.total
        groups.selection.clamp(count: groups.rows.count, visibleRows: tableRows)
    }

    mutating func auditLoaded(_ list: AuditList) {
        guard list.text == audit.filterText else { return }
        audit.loading = false
        audit.loaded = true
        audit.events = list.events
        audit.selection.clamp(count: audit.events.count, visibleRows: tableRows)
    }
}
