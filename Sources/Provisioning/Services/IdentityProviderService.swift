import Foundation

/// Adds and finds identity providers.
public struct IdentityProviderService: Sendable {
    public static let maximumNameLength = 64

    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    public func add(name rawName: String, kind: IdentityProvider.Kind, by actor: ChangeActor) async throws -> IdentityProvider {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError.invalidInput("An identity provider needs a name, e.g. \"Okta\".") }
        guard name.count <= Self.maximumNameLength else {
            throw DomainError.invalidInput("An identity provider name is at most \(Self.maximumNameLength) characters long.")
        }
        guard !name.contains(where: \.isNewline) else { throw DomainError.invalidInput("An identity provider name is one line.") }
        let idp = IdentityProvider(name: name, kind: kind, created: clock.now())
        let audit = AuditEvent(
            time: idp.created, actor: actor.description, idpID: idp.id, action: .idpAdded,
            resourceType: "IdentityProvider", resourceID: idp.id.uuidString, summary: "added identity provider \(name) (\(kind.rawValue))"
        )
        do {
            try await store.insertIdentityProvider(idp, audit: audit)
        } catch StoreError.duplicate {
            throw DomainError.conflict(
                "An identity provider named \"\(name)\" already exists (names ignore letter case); pick another name.")
        }
        return idp
    }

    public func list() async throws -> [IdentityProvider] {
        try await store.identityProviders()
    }

    /// The IdP with this name (ignoring case), or `DomainError.notFound`.
    public func named(_ name: String) async throws -> IdentityProvider {
        guard let idp = try await store.identityProvider(named: name) else {
            throw DomainError.notFound("No identity provider is named \"\(name)\".")
        }
        return idp
    }
}

extension IdentityProviderService {
    /// Renames the IdP; its tokens, users and groups stay. The new name follows the rules of ``add(name:kind:by:)``.
    public func rename(_ idp: IdentityProvider, to rawName: String, by actor: ChangeActor) async throws -> IdentityProvider {
        let name = try Self.validName(rawName)
        guard name != idp.name else { return idp }
        let audit = AuditEvent(
            time: clock.now(), actor: actor.description, idpID: idp.id, action: .idpRenamed,
            resourceType: "IdentityProvider", resourceID: idp.id.uuidString, summary: "renamed identity provider \(idp.name) to \(name)"
        )
        do {
            try await store.renameIdentityProvider(id: idp.id, to: name, audit: audit)
        } catch StoreError.duplicate {
            throw DomainError.conflict(
                "An identity provider named \"\(name)\" already exists (names ignore letter case); pick another name.")
        }
        var renamed = idp
        renamed.name = name
        return renamed
    }

    /// Sets how many requests a second the listener takes from `idp` (RFC 6585 §4: 429 past it).
    public func setRateLimit(_ limit: RateLimit, for idp: IdentityProvider, by actor: ChangeActor) async throws -> IdentityProvider {
        let audit = AuditEvent(
            time: clock.now(), actor: actor.description, idpID: idp.id, action: .idpRateLimitChanged,
            resourceType: "IdentityProvider", resourceID: idp.id.uuidString,
            summary: "rate limit of \(idp.name): \(idp.rateLimit) → \(limit)"
        )
        try await store.setRateLimit(limit, idpID: idp.id, audit: audit)
        var changed = idp
        changed.rateLimit = limit
        return changed
    }

    /// What removing the IdP would delete: its users and live groups.
    public func footprint(of idp: IdentityProvider) async throws -> (users: Int, groups: Int) {
        let users = try await store.users(idpID: idp.id, query: ListQuery(count: 0)).totalResults
        let groups = try await store.groups(idpID: idp.id, query: ListQuery(count: 0, includeMembers: false)).totalResults
        return (users, groups)
    }

    /// Removes the IdP: its tokens stop working at once, its users, groups and memberships are
    /// deleted from ScimDesk (they stay in the IdP); the audit log keeps the whole history.
    @discardableResult
    public func remove(_ idp: IdentityProvider, by actor: ChangeActor) async throws -> IdentityProviderRemoval {
        let (users, groups) = try await footprint(of: idp)
        let audit = AuditEvent(
            time: clock.now(), actor: actor.description, idpID: idp.id, action: .idpRemoved,
            resourceType: "IdentityProvider", resourceID: idp.id.uuidString,
            summary: "removed identity provider \(idp.name) with its tokens, \(users) users and \(groups) groups"
        )
        return try await store.removeIdentityProvider(id: idp.id, audit: audit)
    }

    /// A trimmed, one-line name of at most ``maximumNameLength`` characters.
    static func validName(_ rawName: String) throws -> String {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError.invalidInput("An identity provider needs a name, e.g. \"Okta\".") }
        guard name.count <= maximumNameLength else {
            throw DomainError.invalidInput("An identity provider name is at most \(maximumNameLength) characters long.")
        }
        guard !name.contains(where: \.isNewline) else { throw DomainError.invalidInput("An identity provider name is one line.") }
        return name
    }
}
