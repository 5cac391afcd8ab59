import Provisioning

/// What a group PATCH does: the new profile and the membership deltas, in request order.
public struct GroupPatchPlan: Sendable, Hashable {
    public var profile: GroupProfile
    /// Deltas, never a rewritten member list, so concurrent PATCHes never lose a member (docs/idp-wire.md Q18).
    public var changes: [MembershipChange]
    /// False when the profile is unchanged, e.g. Okta's rename after every membership change
    /// (DialectRule.renameAfterMembershipChange): the server can skip the profile write.
    public var profileChanged: Bool

    public init(profile: GroupProfile, changes: [MembershipChange], profileChanged: Bool) {
        self.profile = profile
        self.changes = changes
        self.profileChanged = profileChanged
    }
}

/// PATCH for groups (RFC 7644 §3.5.2): member operations become `MembershipChange`s, everything
/// else runs on the group's document like a user PATCH.
public enum GroupPatcher {
    public static func plan(_ patch: PatchRequest, for group: Group) throws(SCIMError) -> GroupPatchPlan {
        var document = (try? DocumentNormalizer(type: .group).document(from: group.profile.document)) ?? group.profile.document
        document.setCanonical("displayName", .string(group.profile.displayName))
        if let externalID = group.profile.externalID { document.setCanonical("externalId", .string(externalID)) }
        // Member operations, wherever they appear (path, no-path value object such as Okta's rename
        // or "Push Now", URN-qualified), are collected in order and become deltas.
        var engine = PatchEngine(type: .group, resourceID: group.id, document: document, isDeferred: isMembers)
        for operation in patch.operations {
            try engine.apply(operation)
        }
        var changes: [MembershipChange] = []
        for entry in engine.deferred {
            try MemberOperations.append(entry.op, entry.path, entry.value, to: &changes)
        }
        var result = try DocumentNormalizer(type: .group).document(from: engine.document)
        result["members"] = nil
        let profile = try GroupMapping.profile(fromDocument: &result)
        return GroupPatchPlan(
            profile: profile, changes: MemberOperations.coalesced(changes), profileChanged: profile != group.profile
        )
    }

    private static func isMembers(_ path: PatchPath) -> Bool {
        if case .attribute(let resolved) = path.target { return resolved.attribute.name == "members" }
        return false
    }
}
