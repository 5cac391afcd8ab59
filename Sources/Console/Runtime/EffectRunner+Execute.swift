import Foundation
import Provisioning

extension EffectRunner {
    /// The work behind each effect; throws what the services and store throw.
    func execute(_ effect: Effect) async throws -> Msg? {
        switch effect {
        case .loadIdentityProviders:
            return .identityProvidersLoaded(try await identityProviderSummaries())
        case .addIdentityProvider(let name, let kind):
            let idp = try await IdentityProviderService(store: store, clock: clock).add(name: name, kind: kind, by: .console)
            return .identityProviderAdded(idp)
        case .generateToken(let idpID, let overlap):
            let idp = try await identityProvider(idpID)
            let issued = try await TokenService(store: store, clock: clock).generate(
                for: idp, overlap: ValidityDuration(seconds: overlap), by: .console)
            return .tokenGenerated(
                GeneratedToken(
                    idpID: idp.id, idpName: idp.name, secret: issued.secret.text,
                    created: issued.token.created, expires: issued.token.expires
                ))
        case .revokeToken(let idpID):
            let idp = try await identityProvider(idpID)
            let count = try await TokenService(store: store, clock: clock).revoke(for: idp, by: .console)
            return .tokenRevoked(idpName: idp.name, count: count)
        case .renameIdentityProvider(let idpID, let name):
            let idp = try await identityProvider(idpID)
            return .identityProviderRenamed(
                try await IdentityProviderService(store: store, clock: clock).rename(idp, to: name, by: .console))
        case .loadIdentityProviderFootprint(let idpID):
            let (users, groups) = try await IdentityProviderService(store: store, clock: clock).footprint(
                of: try await identityProvider(idpID))
            return .identityProviderFootprint(idpID: idpID, users: users, groups: groups)
        case .removeIdentityProvider(let idpID):
            let idp = try await identityProvider(idpID)
            let removal = try await IdentityProviderService(store: store, clock: clock).remove(idp, by: .console)
            return .identityProviderRemoved(name: idp.name, removal)
        case .setBreakerPolicy, .releaseBreaker, .keepHolding:
            return try await executeBreaker(effect)
        case .loadUsers(let text, let offset, let count):
            let filter = UsersFilter(text)
            let query = ListQuery(filter: filter.filter, sort: ConsoleQueries.userSort, startIndex: offset + 1, count: count)
            var idpID: UUID?
            if let prefix = filter.idp {
                // An exact name first, so idp:Okta does not pick "Okta Test" over "Okta".
                let idps = try await store.identityProviders().sorted { $0.name.lowercased() < $1.name.lowercased() }
                guard
                    let idp = idps.first(where: { $0.name.lowercased() == prefix })
                        ?? idps.first(where: { $0.name.lowercased().hasPrefix(prefix) })
                else { return .usersLoaded(UserPage(filterText: text, offset: offset, items: [], total: 0)) }
                idpID = idp.id
            }
            let page = try await store.users(idpID: idpID, query: query)
            return .usersLoaded(UserPage(filterText: text, offset: offset, items: page.items, total: page.totalResults))
        case .loadUserDetail(let id):
            return .userDetailLoaded(try await userDetail(id))
        case .loadGroups(let text):
            let query = ListQuery(
                filter: ConsoleQueries.groupFilter(text), sort: ConsoleQueries.groupSort,
                count: GroupsState.limit, includeMembers: false
            )
            let page = try await store.groups(idpID: nil, query: query)
            return .groupsLoaded(GroupList(filterText: text, items: page.items, total: page.totalResults))
        case .loadGroupDetail(let id):
            return .groupDetailLoaded(try await groupDetail(id))
        case .loadAudit(let text):
            let query = AuditQuery(text: text.isEmpty ? nil : text, limit: AuditState.limit)
            let events = try await store.auditEvents(query)
            return .auditLoaded(AuditList(text: text, events: events, chain: try await auditChain.advance(store)))
        case .loadAdmins:
            return .adminsLoaded(try await AdminService(store: store, clock: clock).list())
        case .addAdmin(let username, let email):
            return .adminAdded(try await AdminService(store: store, clock: clock).add(username: username, email: email, by: .console))
        case .removeAdmin(let username):
            try await AdminService(store: store, clock: clock).remove(username: username, by: .console)
            return .adminRemoved(username: username)
        case .loadRecentTraffic(let limit):
            return .trafficLoaded(counted(try await store.recentTraffic(limit: limit)))
        case .pollTraffic(let afterID):
            return .trafficArrived(counted(try await store.traffic(afterID: afterID, limit: TrafficState.pollLimit)))
        case .copyToClipboard, .quit:
            return nil
        }
    }

    /// Counts what was read into ``trafficFigures`` when the records are the figures' only source.
    func counted(_ records: [TrafficRecord]) -> [TrafficRecord] {
        if let trafficFigures {
            for record in records { trafficFigures.record(TrafficOutcome(record), at: record.time) }
        }
        return records
    }

    func identityProvider(_ id: UUID) async throws -> IdentityProvider {
        guard let idp = try await store.identityProvider(id: id) else {
            throw DomainError.notFound("That identity provider no longer exists.")
        }
        return idp
    }

    /// Each IdP with its newest token, when any of its tokens was last used, and its breaker.
    func identityProviderSummaries() async throws -> [IdPSummary] {
        var summaries: [IdPSummary] = []
        for idp in try await store.identityProviders() {
            let tokens = try await store.tokens(idpID: idp.id)
            summaries.append(
                IdPSummary(
                    provider: idp, newestToken: tokens.first, lastRequest: tokens.compactMap(\.lastUsed).max(), tokens: tokens,
                    breaker: try await store.breakerStatus(idpID: idp.id), held: try await store.heldOperations(idpID: idp.id)))
        }
        return summaries
    }

    func userDetail(_ id: String) async throws -> UserDetail {
        guard let user = try await store.user(id: id, idpID: nil) else {
            throw DomainError.notFound("The user no longer exists.")
        }
        async let groups = store.groupReferences(ofUser: id)
        async let audit = store.auditEvents(AuditQuery(resourceID: id, limit: 50))
        async let admin = store.admin(matchingUserName: user.profile.userName, email: user.profile.email)
        return UserDetail(user: user, groups: try await groups, audit: try await audit, isProtectedAdmin: try await admin != nil)
    }

    func groupDetail(_ id: String) async throws -> GroupDetail {
        guard let group = try await store.group(id: id, idpID: nil, includeDeleted: true) else {
            throw DomainError.notFound("The group no longer exists.")
        }
        async let members = store.members(ofGroup: id)
        async let audit = store.auditEvents(AuditQuery(resourceID: id, limit: 100))
        return GroupDetail(group: group, members: try await members, audit: try await audit)
    }
}
