/// Push Groups: push, change members, unlink and delete, push again.
extension SimulationRun {
    func groups(links: [Int: UserLink]) async {
        guard !plan.groups.isEmpty else { return }
        let plan = plan
        // Only users the IdP could provision can be pushed as members (docs/idp-wire.md §2.10).
        let members: @Sendable ([Int]) -> [Member] = { indices in
            indices.compactMap { index in links[index].map { Member(id: $0.id, display: plan.users[index].userName) } }
        }
        let pushed = await each(plan.groups.map { ($0, "") }, .pushGroup) { group, _ in
            try await provisioner.push(group, members: members(group.initialMembers), step: .pushGroup).id
        }.map { ($0.0.0, $0.1) }
        _ = await each(pushed, .changeMembers) { group, id in
            try await provisioner.changeMembers(
                group, id: id, adding: members(group.added), removing: members(group.removed), members: members(group.finalMembers)
            )
        }
        let deleted = await each(pushed, .deleteGroup) { group, id in try await provisioner.delete(group, id: id) }.map(\.0)
        _ = await each(deleted, .repushGroup, note: { (id: String) in "re-linked under the same id \(id)" }) { group, oldID in
            let final = members(group.finalMembers)
            let link = try await provisioner.push(group, members: final, step: .repushGroup)
            guard link.id == oldID else {
                throw provisioner.conversation.checkFailure(
                    Attempt.group(.repushGroup, .create, group),
                    "pushed again after its deletion, it got the new id \(link.id) instead of being re-linked to \(oldID)"
                )
            }
            collector.groupRelinked(group, id: oldID)
            try await provisioner.conversation.verifyMembers(group, id: oldID, step: .repushGroup, expected: final)
            return oldID
        }
    }

    /// Runs `body` for each group (with its SP id) and returns those for which it succeeded.
    private func each<T: Sendable>(
        _ groups: [(PlannedGroup, String)], _ step: SimulationStep, note: @escaping @Sendable (T) -> String = { _ in "" },
        _ body: @escaping @Sendable (PlannedGroup, String) async throws -> T
    ) async -> [((PlannedGroup, String), T)] {
        progress("→ \(step.title): \(groups.count) groups")
        let results = await Concurrently.map(groups, limit: options.concurrency) { pair in
            await attempt(step, subject: pair.0.displayName, order: pair.0.index, expected: false, note: note) {
                try await body(pair.0, pair.1)
            }
        }
        return zip(groups, results).compactMap { pair, result in result.map { (pair, $0) } }
    }
}
