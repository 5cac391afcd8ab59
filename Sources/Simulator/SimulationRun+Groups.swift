/// Push Groups: push, change members, unlink and delete, push again.
extension SimulationRun {
    func groups(links: [Int: UserLink]) async {
        guard !plan.groups.isEmpty else { return }
        let plan = plan
        // Only users the IdP could provision can be pushed as members (docs/idp-wire.md §2.10).
        let members: @Sendable ([Int]) -> [Member] = { indices in
            indices.compactMap { index in links[index].map { Member(id: $0.id, display: plan.users[index].userName) } }
        }
        let blank = GroupLink(id: "", created: false)
        let pushed = await each(plan.groups.map { ($0, blank) }, .pushGroup) { group, _ in
            try await provisioner.push(group, members: members(group.initialMembers), step: .pushGroup)
        }.map { ($0.0.0, $0.1) }
        _ = await each(pushed, .changeMembers) { group, link in
            try await provisioner.changeMembers(
                group, link: link, adding: members(group.added), removing: members(group.removed), members: members(group.finalMembers)
            )
        }
        let deleted = await each(pushed, .deleteGroup) { group, link in try await provisioner.delete(group, id: link.id) }.map(\.0)
        _ = await each(deleted, .repushGroup, note: Self.repushNote) { group, old in
            let final = members(group.finalMembers)
            let link = try await provisioner.push(group, members: final, step: .repushGroup)
            try await provisioner.conversation.verifyMembers(
                group, id: link.id, step: .repushGroup, expected: provisioner.expectation(afterPushing: final, to: link))
            collector.groupRepushed(group, id: link.id, previousID: old.id)
            return (link.id, old.id)
        }
    }

    /// A group pushed again after its DELETE may come back under a new id (what most servers do, and
    /// correct) or under its old one (ScimDesk re-links it, a bonus: its history stays in one piece).
    @Sendable static func repushNote(_ ids: (new: String, old: String)) -> String {
        ids.new == ids.old ? "re-linked (same id \(ids.new))" : "re-created (new id \(ids.new))"
    }

    /// Runs `body` for each group (with what the previous phase knows of it) and returns those for
    /// which it succeeded.
    private func each<Link: Sendable, T: Sendable>(
        _ groups: [(PlannedGroup, Link)], _ step: SimulationStep, note: @escaping @Sendable (T) -> String = { _ in "" },
        _ body: @escaping @Sendable (PlannedGroup, Link) async throws -> T
    ) async -> [((PlannedGroup, Link), T)] {
        progress("→ \(step.title): \(groups.count) groups")
        let results = await Concurrently.map(groups, limit: options.concurrency) { pair in
            await attempt(step, subject: pair.0.displayName, order: pair.0.index, expected: false, note: note) {
                try await body(pair.0, pair.1)
            }
        }
        return zip(groups, results).compactMap { pair, result in result.map { (pair, $0) } }
    }
}
