import Foundation
import Provisioning
import TermUI

extension AppState {
    /// Results of effects. Answers to a filter that has since changed are dropped.
    mutating func handleResult(_ msg: Msg) -> [Effect] {
        switch msg {
        case .identityProviderAdded, .tokenGenerated, .tokenRevoked, .adminAdded, .adminRemoved, .identityProviderRenamed,
            .identityProviderRemoved, .breakerPolicySet, .breakerReleased, .breakerKept:
            dataGeneration += 1  // the console's own change is in the audit log now
        default:
            break
        }
        switch msg {
        case .identityProvidersLoaded(let items): identityProvidersLoaded(items)
        case .identityProviderAdded(let idp): return identityProviderAdded(idp)
        case .identityProviderAddFailed(let message): identityProviderAddFailed(message)
        case .tokenGenerated(let token): return tokenGenerated(token)
        case .tokenRevoked(let name, let count): return tokenRevoked(idpName: name, count: count)
        case .identityProviderRenamed(let idp): return identityProviderRenamed(idp)
        case .identityProviderFootprint(let id, let users, let groups): identityProviderFootprint(id, users: users, groups: groups)
        case .identityProviderRemoved(let name, let removal): return identityProviderRemoved(name, removal)
        case .identityProviderChangeFailed(let message): identityProviderChangeFailed(message)
        case .breakerPolicySet(let name, let policy): return breakerPolicySet(name, policy)
        case .breakerReleased(let name, let count): return breakerReleased(name, count: count)
        case .breakerKept(let name): return breakerKept(name)
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
        case .start, .key, .tick, .resize, .pollDue, .listenerChanged, .scimBaseURLChanged, .figuresSampled, .failed, .notice, .copied:
            break
        }
        return []
    }

    mutating func usersLoaded(_ page: UserPage) {
        for user in page.items { traffic.names.learn(id: user.id, name: user.profile.userName) }
        guard page.filterText == users.filterText else { return }
        if page.offset == 0 {
            users.list.replace(with: page.items, total: page.total, visibleRows: tableRows)
        } else {
            users.list.append(page.items, at: page.offset, total: page.total, visibleRows: tableRows)
        }
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
        for group in list.items { traffic.names.learn(id: group.id, name: group.profile.displayName) }
        guard list.filterText == groups.filterText else { return }
        groups.list.replace(with: list.items, total: list.total, visibleRows: tableRows)
    }

    mutating func auditLoaded(_ list: AuditList) {
        if let chain = list.chain { auditChain = chain }
        guard list.text == audit.filterText else { return }
        audit.list.replace(with: list.events, total: list.events.count, visibleRows: tableRows)
    }
}
