import Foundation

/// The rules for groups an IdP pushes: unique names, atomic membership deltas, tombstones and re-link.
public struct GroupService: Sendable {
    static let maximumAttempts = 5

    let store: any Store
    let clock: WallClock

    public init(store: any Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    public func get(id: String, for idp: IdentityProvider) async throws -> Group {
        guard let group = try await store.group(id: id, idpID: idp.id, includeDeleted: false) else { throw Self.notFound(id) }
        return group
    }

    static func notFound(_ id: String) -> DomainError {
        .notFound("Group \(id) not found.")
    }

    public func members(of group: Group) async throws -> [GroupMember] {
        try await store.members(ofGroup: group.id)
    }

    public func list(_ query: ListQuery, for idp: IdentityProvider) async throws -> Page<Group> {
        try await store.groups(idpID: idp.id, query: query)
    }

    /// POST: creates the group, or re-links a deleted group with the same externalId or name under
    /// its old id, so a group that was unlinked in the IdP and pushed again keeps its identity.
    public func create(_ profile: GroupProfile, members: [String], for idp: IdentityProvider) async throws -> WriteOutcome<Group> {
        try profile.checkStorable()
        let now = clock.now()
        let actor = ChangeActor.idp(idp).description
        if let tombstone = try await store.tombstone(idpID: idp.id, externalID: profile.externalID, displayName: profile.displayName) {
            var revived = tombstone
            revived.profile = profile
            revived.deleted = nil
            revived.relinkCount += 1
            revived.damage = nil
            revived.meta = tombstone.meta.bumped(at: now)
            let summary = "re-linked group \(profile.displayName)"
            let revivedID = revived.id
            let delta = try await mapDuplicate(profile.displayName, orRevivedElsewhere: true) {
                try await store.reviveGroup(revived, members: members) { delta in
                    [
                        AuditEvent(
                            time: now, actor: actor, idpID: idp.id, action: .groupRelinked, resourceType: "Group",
                            resourceID: revivedID,
                            summary:
                                "\(summary) (deleted \(tombstone.deleted?.minuteString ?? "earlier"), same id)\(Self.memberNote(delta))",
                            before: AuditSnapshot.of(tombstone.profile), after: AuditSnapshot.of(profile)
                        )
                    ]
                }
            }
            revived.memberCount = delta.added
            return WriteOutcome(value: revived, summary: summary + Self.memberNote(delta))
        }
        let groupID = UUID().uuidString.lowercased()
        var group = Group(
            id: groupID, idpID: idp.id, profile: profile,
            meta: ResourceMeta(created: now, lastModified: now, version: 1)
        )
        let delta = try await mapDuplicate(profile.displayName) {
            try await store.insertGroup(group, members: members) { delta in
                [
                    AuditEvent(
                        time: now, actor: actor, idpID: idp.id, action: .groupCreated, resourceType: "Group",
                        resourceID: groupID, summary: "created group \(profile.displayName)\(Self.memberNote(delta))",
                        after: AuditSnapshot.of(profile)
                    )
                ]
            }
        }
        group.memberCount = delta.added
        return WriteOutcome(value: group, summary: "created group \(profile.displayName)" + Self.memberNote(delta))
    }

    /// PUT and PATCH: `plan` turns the current group into a new profile and membership deltas.
    public func apply(
        id: String, ifMatch: VersionMatch? = nil, for idp: IdentityProvider,
        _ plan: (Group) throws -> (profile: GroupProfile, changes: [MembershipChange])
    ) async throws -> WriteOutcome<Group> {
        for _ in 1...Self.maximumAttempts {
            let current = try await get(id: id, for: idp)
            try ifMatch?.check(current.meta, resource: "Group \(id)")
            let (profile, planned) = try plan(current)
            let profileChanged = profile != current.profile
            if profileChanged { try profile.checkStorable(replacing: current.profile) }
            let changes = try await droppingNoOpReplace(planned, of: current)
            // Okta renames after every membership change, usually to the same name, and AIW apps PUT the
            // full member list on every push: answer those without a write.
            guard profileChanged || !changes.isEmpty else {
                return WriteOutcome(value: current, summary: "no change to group \(current.profile.displayName)")
            }
            do {
                return try await write(profile, changes, over: current, checkVersion: profileChanged, for: idp)
            } catch StoreError.versionConflict {
                continue
            } catch StoreError.notFound {
                // A DELETE committed between the read and this write: the answer it would get now.
                throw Self.notFound(id)
            }
        }
        throw DomainError.conflict("Group \(id) is being changed by other requests right now; try again.")
    }

    /// A lone "replace all members" with the members the group already has changes nothing.
    private func droppingNoOpReplace(_ changes: [MembershipChange], of group: Group) async throws -> [MembershipChange] {
        guard changes.count == 1, case .replaceAll(let wanted) = changes[0], wanted.count == group.memberCount else { return changes }
        let current = Set(try await store.members(ofGroup: group.id).map(\.userID))
        return Set(wanted) == current ? [] : changes
    }

    /// DELETE: leaves a tombstone so a later push of the same group re-links it.
    public func delete(id: String, ifMatch: VersionMatch? = nil, for idp: IdentityProvider) async throws -> WriteOutcome<Void> {
        let current = try await get(id: id, for: idp)
        try ifMatch?.check(current.meta, resource: "Group \(id)")
        try await DeprovisioningBreaker(store: store, clock: clock).admit(
            .deleteGroup, resourceID: id, name: current.profile.displayName, for: idp)
        let now = clock.now()
        let summary = "deleted group \(current.profile.displayName)"
        let audit = AuditEvent(
            time: now, actor: ChangeActor.idp(idp).description, idpID: idp.id, action: .groupDeleted, resourceType: "Group",
            resourceID: id, summary: summary + " (\(current.memberCount) members; kept for re-link)",
            before: AuditSnapshot.of(current.profile)
        )
        do {
            try await store.deleteGroup(id: id, idpID: idp.id, at: now, audit: audit)
        } catch StoreError.notFound {
            // Another DELETE won the race.
            throw Self.notFound(id)
        }
        return WriteOutcome(value: (), summary: summary)
    }

    private func write(
        _ profile: GroupProfile, _ changes: [MembershipChange], over current: Group, checkVersion: Bool, for idp: IdentityProvider
    ) async throws -> WriteOutcome<Group> {
        let now = clock.now()
        var updated = current
        updated.profile = profile
        updated.meta = current.meta.bumped(at: now)
        if checkVersion { updated.damage = nil }
        let oldName = current.profile.displayName
        let renamed = oldName != profile.displayName
        let actor = ChangeActor.idp(idp).description
        let delta = try await mapDuplicate(profile.displayName) {
            try await store.updateGroup(updated, expectedVersion: checkVersion ? current.meta.version : nil, changes: changes) { delta in
                [
                    AuditEvent(
                        time: now, actor: actor, idpID: idp.id,
                        action: changes.isEmpty ? .groupUpdated : .membershipChanged, resourceType: "Group", resourceID: current.id,
                        summary: Self.describe(delta, changes: changes, group: profile.displayName, renamedFrom: renamed ? oldName : nil),
                        before: checkVersion ? AuditSnapshot.of(current.profile) : nil,
                        after: checkVersion ? AuditSnapshot.of(profile) : nil
                    )
                ]
            }
        }
        updated.memberCount = Self.count(after: changes, delta: delta, before: current.memberCount)
        let summary = Self.describe(delta, changes: changes, group: profile.displayName, renamedFrom: renamed ? oldName : nil)
        return WriteOutcome(value: updated, summary: summary)
    }

    /// A duplicate name is a conflict. With `orRevivedElsewhere`, so is a tombstone that is gone by the
    /// time it is revived: a concurrent POST of the same group re-linked it first, so the group now
    /// exists under this name (20 IdP retries racing must give one success and conflicts, never a 500).
    private func mapDuplicate<T>(_ displayName: String, orRevivedElsewhere: Bool = false, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch StoreError.duplicate {
            throw DomainError.conflict("A group named \"\(displayName)\" already exists (names ignore letter case).")
        } catch StoreError.notFound where orRevivedElsewhere {
            throw DomainError.conflict("A group named \"\(displayName)\" already exists (names ignore letter case).")
        }
    }

    static func count(after changes: [MembershipChange], delta: MembershipDelta, before: Int) -> Int {
        var count = before
        for change in changes {
            switch change {
            case .removeAll, .replaceAll: count = 0
            default: break
            }
        }
        return max(0, count + delta.added - delta.removed)
    }

    /// "added 3 members to Sales", "renamed group A to B", "replaced members of Sales (12)".
    static func describe(_ delta: MembershipDelta, changes: [MembershipChange], group: String, renamedFrom: String?) -> String {
        var parts: [String] = []
        if let renamedFrom { parts.append("renamed group \(renamedFrom) to \(group)") }
        let replaced = changes.contains { if case .replaceAll = $0 { return true } else { return false } }
        if replaced {
            parts.append("replaced members of \(group) (+\(delta.added) −\(delta.removed))")
        } else {
            if delta.added > 0 { parts.append("added \(plural(delta.added, "member")) to \(group)") }
            if delta.removed > 0 { parts.append("removed \(plural(delta.removed, "member")) from \(group)") }
        }
        if parts.isEmpty { parts.append(changes.isEmpty ? "updated group \(group)" : "no membership change in \(group)") }
        return parts.joined(separator: ", ") + unknownNote(delta)
    }

    static func memberNote(_ delta: MembershipDelta) -> String {
        (delta.added > 0 ? " with \(plural(delta.added, "member"))" : "") + unknownNote(delta)
    }

    /// Unknown member ids are skipped rather than refused (Okta and Entra retry a refused push forever),
    /// so the note names them for whoever reads the traffic or the audit log.
    static func unknownNote(_ delta: MembershipDelta) -> String {
        guard !delta.unknown.isEmpty else { return "" }
        let shown = delta.unknown.prefix(unknownIDsShown).joined(separator: ", ")
        let more = delta.unknown.count > unknownIDsShown ? ", …" : ""
        return " (skipped \(plural(delta.unknown.count, "unknown member")): \(shown)\(more))"
    }

    static let unknownIDsShown = 5

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
