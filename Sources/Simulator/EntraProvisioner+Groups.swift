/// Entra's group provisioning: lookups without members, PATCH deltas, DELETE.
extension EntraProvisioner {
    func push(_ group: PlannedGroup, members: [Member], step: SimulationStep) async throws(StepFailure) -> GroupLink {
        let verify = Attempt.group(step, .verify, group)
        // Entra never wants the member list back on a lookup (docs/idp-wire.md §6.1).
        let filter = QueryEncoding.equalityFilter("displayName", group.displayName)
        let lookup = try await conversation.send(
            "GET", "/Groups?excludedAttributes=members&filter=\(filter)", for: verify, expecting: [200])
        let found = try conversation.singleMatch(of: lookup, verify)
        if let found, found.body["members"] != nil {
            throw conversation.checkFailure(
                verify, "the lookup returned members despite excludedAttributes=members", request: lookup.request)
        }
        let link: GroupLink
        if let found {
            link = GroupLink(id: found.id, created: false)
        } else {
            let create = verify.with(.create)
            let reply = try await conversation.send("POST", "/Groups", json: EntraBodies.createGroup(group), for: create, expecting: [201])
            link = GroupLink(
                id: try conversation.resource(of: reply, create, else: "The response to the create carries no id.").id, created: true)
        }
        if !members.isEmpty {
            try await patch(group, id: link.id, EntraBodies.members("Add", members), step: step)
        }
        return link
    }

    /// Removals and additions as separate value-list PATCHes, then a read-back of what they changed.
    func changeMembers(_ group: PlannedGroup, link: GroupLink, adding: [Member], removing: [Member], members: [Member])
        async throws(StepFailure)
    {
        if !removing.isEmpty { try await patch(group, id: link.id, EntraBodies.members("Remove", removing), step: .changeMembers) }
        if !adding.isEmpty { try await patch(group, id: link.id, EntraBodies.members("Add", adding), step: .changeMembers) }
        let expected: MemberExpectation = link.created ? .exactly(members) : .including(members, without: removing)
        try await conversation.verifyMembers(group, id: link.id, step: .changeMembers, expected: expected)
    }

    /// Entra only adds: a group it linked to keeps the members it had, which Entra does not manage.
    func expectation(afterPushing members: [Member], to link: GroupLink) -> MemberExpectation {
        link.created ? .exactly(members) : .including(members)
    }

    func delete(_ group: PlannedGroup, id: String) async throws(StepFailure) {
        let attempt = Attempt.group(.deleteGroup, .delete, group)
        _ = try await conversation.send("DELETE", "/Groups/\(id)", for: attempt, expecting: [204])
        try await conversation.verifyGone("/Groups/\(id)", attempt)
    }

    private func patch(_ group: PlannedGroup, id: String, _ body: JSON, step: SimulationStep) async throws(StepFailure) {
        let attempt = Attempt.group(step, .update, group)
        _ = try await conversation.send("PATCH", "/Groups/\(id)", json: body, for: attempt, expecting: [200, 204])
    }
}
