import Foundation

/// The rules for users an IdP provisions: uniqueness, soft deactivation, protected admins, audit.
public struct UserService: Sendable {
    /// How often a write is retried when a concurrent write changed the user in between.
    static let maximumAttempts = 5

    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    public func get(id: String, for idp: IdentityProvider) async throws -> User {
        guard let user = try await store.user(id: id, idpID: idp.id) else { throw Self.notFound(id) }
        return user
    }

    public func list(_ query: ListQuery, for idp: IdentityProvider) async throws -> Page<User> {
        try await store.users(idpID: idp.id, query: query)
    }

    /// The live groups the user belongs to (the read-only `groups` attribute).
    public func groups(of user: User) async throws -> [GroupReference] {
        try await store.groupReferences(ofUser: user.id)
    }

    /// The groups of every user of a page, keyed by user id (an absent user is in no group).
    public func groups(of users: [User]) async throws -> [String: [GroupReference]] {
        try await store.groupReferences(ofUsers: users.map(\.id))
    }

    public func create(_ profile: UserProfile, for idp: IdentityProvider) async throws -> WriteOutcome<User> {
        try profile.checkStorable()
        let now = clock.now()
        if let admin = try await store.admin(matchingUserName: profile.userName, email: profile.email) {
            try await recordDrift(
                idp: idp, resourceID: nil, at: now,
                summary:
                    "\(idp.name) wanted to create user \(profile.userName), which belongs to protected console admin \(admin.username); nothing was created"
            )
            throw DomainError.conflict(
                "userName \"\(profile.userName)\" belongs to a protected ScimDesk console admin; an identity provider cannot create or change it."
            )
        }
        let user = User(
            id: UUID().uuidString.lowercased(), idpID: idp.id, profile: profile,
            meta: ResourceMeta(created: now, lastModified: now, version: 1)
        )
        let audit = AuditEvent(
            time: now, actor: ChangeActor.idp(idp).description, idpID: idp.id, action: .userCreated, resourceType: "User",
            resourceID: user.id, summary: "created user \(profile.userName)", after: AuditSnapshot.of(profile)
        )
        do {
            try await store.insertUser(user, audit: audit)
        } catch StoreError.duplicate {
            throw Self.duplicate(profile.userName)
        }
        return WriteOutcome(value: user, summary: "created user \(profile.userName)")
    }

    /// Reads the user, derives the new profile with `transform` (a PATCH), and writes it if nothing
    /// changed the user meanwhile; on a concurrent change it reads again and re-applies.
    public func modify(
        id: String, ifMatch: VersionMatch? = nil, for idp: IdentityProvider,
        _ transform: (User) throws -> UserProfile
    ) async throws -> WriteOutcome<User> {
        for _ in 1...Self.maximumAttempts {
            let current = try await get(id: id, for: idp)
            try ifMatch?.check(current.meta, resource: "User \(id)")
            let wanted = try transform(current)
            do {
                return try await write(wanted, over: current, for: idp)
            } catch StoreError.versionConflict {
                continue
            } catch StoreError.notFound {
                // A DELETE committed between the read and this write: the answer it would get now.
                throw Self.notFound(id)
            }
        }
        throw DomainError.conflict("User \(id) is being changed by other requests right now; try again.")
    }

    /// Deletes a user for good (Entra sends DELETE; Okta deactivates instead).
    public func delete(id: String, ifMatch: VersionMatch? = nil, for idp: IdentityProvider) async throws -> WriteOutcome<Void> {
        let current = try await get(id: id, for: idp)
        try ifMatch?.check(current.meta, resource: "User \(id)")
        let now = clock.now()
        if let admin = try await protectingAdmin(current.profile, current.profile) {
            try await recordDrift(
                idp: idp, resourceID: id, at: now,
                summary:
                    "\(idp.name) wanted to delete user \(current.profile.userName) (protected console admin \(admin.username)); kept it"
            )
            return WriteOutcome(value: (), summary: "ignored: protected admin \(current.profile.userName)", protected: true)
        }
        try await DeprovisioningBreaker(store: store, clock: clock).admit(
            .deleteUser, resourceID: id, name: current.profile.userName, for: idp)
        let audit = AuditEvent(
            time: now, actor: ChangeActor.idp(idp).description, idpID: idp.id, action: .userDeleted, resourceType: "User",
            resourceID: id, summary: "deleted user \(current.profile.userName)", before: AuditSnapshot.of(current.profile)
        )
        do {
            try await store.deleteUser(id: id, idpID: idp.id, audit: audit)
        } catch StoreError.notFound {
            // Another DELETE won the race.
            throw Self.notFound(id)
        }
        return WriteOutcome(value: (), summary: "deleted user \(current.profile.userName)")
    }

    private func write(_ wanted: UserProfile, over current: User, for idp: IdentityProvider) async throws -> WriteOutcome<User> {
        let now = clock.now()
        let name = current.profile.userName
        if let admin = try await protectingAdmin(current.profile, wanted) {
            if wanted != current.profile {
                try await recordDrift(
                    idp: idp, resourceID: current.id, at: now,
                    summary:
                        "\(idp.name) wanted \(current.profile.describeDifferences(to: wanted)) on protected console admin \(admin.username); kept user \(name) unchanged"
                )
            }
            return WriteOutcome(value: current, summary: "ignored: protected admin \(name)", protected: true)
        }
        guard wanted != current.profile else {
            return WriteOutcome(value: current, summary: "no change to user \(name)")
        }
        try wanted.checkStorable(replacing: current.profile)
        if current.profile.active && !wanted.active {
            try await DeprovisioningBreaker(store: store, clock: clock).admit(.deactivateUser, resourceID: current.id, name: name, for: idp)
        }
        var updated = current
        updated.damage = nil
        updated.profile = wanted
        updated.meta = current.meta.bumped(at: now)
        let (action, summary) = Self.describe(from: current.profile, to: wanted)
        let audit = AuditEvent(
            time: now, actor: ChangeActor.idp(idp).description, idpID: idp.id, action: action, resourceType: "User",
            resourceID: current.id, summary: summary,
            before: AuditSnapshot.of(current.profile), after: AuditSnapshot.of(wanted)
        )
        do {
            try await store.updateUser(updated, expectedVersion: current.meta.version, audit: [audit])
        } catch StoreError.duplicate {
            throw Self.duplicate(wanted.userName)
        }
        return WriteOutcome(value: updated, summary: summary)
    }

    static func describe(from old: UserProfile, to new: UserProfile) -> (AuditEvent.Action, String) {
        if old.active && !new.active { return (.userDeactivated, "deactivated user \(new.userName)") }
        if !old.active && new.active { return (.userReactivated, "reactivated user \(new.userName)") }
        let fields = old.changedFields(to: new)
        return (.userUpdated, "updated user \(new.userName): " + fields.joined(separator: ", "))
    }

    /// The admin that the stored or the wanted identity belongs to, if any.
    private func protectingAdmin(_ current: UserProfile, _ wanted: UserProfile) async throws -> ConsoleAdmin? {
        if let admin = try await store.admin(matchingUserName: current.userName, email: current.email) { return admin }
        if wanted.userName != current.userName || wanted.email != current.email {
            return try await store.admin(matchingUserName: wanted.userName, email: wanted.email)
        }
        return nil
    }

    private func recordDrift(idp: IdentityProvider, resourceID: String?, at now: Date, summary: String) async throws {
        try await store.appendAudit(
            AuditEvent(
                time: now, actor: ChangeActor.idp(idp).description, idpID: idp.id, action: .protectedDrift,
                resourceType: "User", resourceID: resourceID, summary: summary
            ))
    }

    static func notFound(_ id: String) -> DomainError {
        .notFound("User \(id) not found.")
    }

    static func duplicate(_ userName: String) -> DomainError {
        .conflict(
            "A user with userName \"\(userName)\" already exists (userNames are unique regardless of letter case, deactivated users included)."
        )
    }
}
