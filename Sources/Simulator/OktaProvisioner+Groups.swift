/// Okta's Push Groups (docs/idp-wire.md §2.10, E8, E9): OIN by PATCH, AIW by GET + PUT.
extension OktaProvisioner {
    func push(_ group: PlannedGroup, members: [Member], step: SimulationStep) async throws(StepFailure) -> GroupLink {
        let verify = Attempt.group(step, .verify, group)
        let filter = QueryEncoding.equalityFilter("displayName", group.displayName, plusForSpace: group.index % 2 == 1)
        let lookup = try await conversation.send("GET", "/Groups?filter=\(filter)&startIndex=1&count=100", for: verify, expecting: [200])
        if let found = try conversation.singleMatch(of: lookup, verify) {
            // Linking to an existing group is followed by a full push of Okta's member list.
            try await pushAll(group, id: found.id, members: members, step: step)
            return GroupLink(id: found.id, created: false)
        }
        let create = verify.with(.create)
        let reply = try await conversation.send("POST", "/Groups", json: OktaBodies.createGroup(group), for: create, expecting: [201])
        let (id, body) = try conversation.resource(of: reply, create, else: "Create new group returned empty group.")
        guard body["displayName"]?.string == group.displayName else {
            throw conversation.checkFailure(
                create, "displayName came back as \(body["displayName"]?.string ?? "nothing")", request: reply.request)
        }
        let read = verify.with(.read)
        _ = try conversation.resource(
            of: try await conversation.send("GET", "/Groups/\(id)", for: read, expecting: [200]), read, else: "The group could not be read."
        )
        switch flavour {
        case .oin:
            if !members.isEmpty { try await patch(group, id: id, OktaBodies.changeMembers(adding: members, removing: []), step: step) }
        case .aiw:
            try await put(group, id: id, members: members, step: step, read: false)
        }
        return GroupLink(id: id, created: true)
    }

    /// OIN: the delta PATCH, then "Push Now" (replace all); AIW: GET + PUT of the full list.
    func changeMembers(_ group: PlannedGroup, link: GroupLink, adding: [Member], removing: [Member], members: [Member])
        async throws(StepFailure)
    {
        let id = link.id
        switch flavour {
        case .oin:
            if !adding.isEmpty || !removing.isEmpty {
                try await patch(group, id: id, OktaBodies.changeMembers(adding: adding, removing: removing), step: .changeMembers)
                // The delta alone must already give the final list: `add` appends, `remove` takes only
                // the filtered member (docs/idp-wire.md Q4, Q5). Push Now below would paper over a mistake.
                try await conversation.verifyMembers(group, id: id, step: .changeMembers, expected: .exactly(members))
            }
        case .aiw:
            break
        }
        try await pushAll(group, id: id, members: members, step: .changeMembers)
        try await conversation.verifyMembers(group, id: id, step: .changeMembers, expected: .exactly(members))
    }

    /// Okta sets the whole list, on a group it links to as on one it creates.
    func expectation(afterPushing members: [Member], to link: GroupLink) -> MemberExpectation {
        .exactly(members)
    }

    /// Unlink with "Delete the group in the target app": 204, then the group is gone.
    func delete(_ group: PlannedGroup, id: String) async throws(StepFailure) {
        let attempt = Attempt.group(.deleteGroup, .delete, group)
        _ = try await conversation.send("DELETE", "/Groups/\(id)", for: attempt, expecting: [204])
        try await conversation.verifyGone("/Groups/\(id)", attempt)
    }

    private func pushAll(_ group: PlannedGroup, id: String, members: [Member], step: SimulationStep) async throws(StepFailure) {
        switch flavour {
        case .oin: try await patch(group, id: id, OktaBodies.replaceMembers(members), step: step)
        case .aiw: try await put(group, id: id, members: members, step: step, read: true)
        }
    }

    /// A membership PATCH and the rename PATCH Okta sends after every one (docs/idp-wire.md Q6). Both may
    /// answer 204; a 200 must carry the Group schema, not PatchOp (Q25).
    private func patch(_ group: PlannedGroup, id: String, _ body: JSON, step: SimulationStep) async throws(StepFailure) {
        let attempt = Attempt.group(step, .update, group)
        for payload in [body, OktaBodies.rename(id: id, to: group.displayName)] {
            let reply = try await conversation.send("PATCH", "/Groups/\(id)", json: payload, for: attempt, expecting: [200, 204])
            if reply.status == 200, reply.body?["schemas"]?.array?.contains(.string(URN.group)) != true {
                throw conversation.reject(reply, attempt, "The PATCH response does not carry the Group schema.")
            }
        }
    }

    /// AIW's group write: `GET /Groups/{id}` (unless just read), then PUT with the full member list.
    private func put(_ group: PlannedGroup, id: String, members: [Member], step: SimulationStep, read: Bool) async throws(StepFailure) {
        let attempt = Attempt.group(step, .update, group)
        if read { _ = try await conversation.send("GET", "/Groups/\(id)", for: attempt.with(.read), expecting: [200]) }
        let reply = try await conversation.send(
            "PUT", "/Groups/\(id)", json: OktaBodies.replaceGroup(group, members: members), for: attempt, expecting: [200])
        _ = try conversation.resource(of: reply, attempt, else: "Update group returned empty group.")
    }
}
