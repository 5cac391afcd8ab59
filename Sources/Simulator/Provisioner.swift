/// One IdP dialect: the requests it sends for each step, and the checks it makes on the answers.
///
/// Every method throws only `StepFailure`; the simulator records it and moves on to the next user.
protocol Provisioner: Sendable {
    /// The requests go through it; the simulator uses it for its own read-backs.
    var conversation: Conversation { get }
    func testConnection() async throws(StepFailure)
    /// Lookup by userName → create on a miss, link (and push the profile) on a hit.
    func assign(_ user: PlannedUser) async throws(StepFailure) -> UserLink
    func updateProfile(_ user: PlannedUser, id: String) async throws(StepFailure)
    func deactivate(_ user: PlannedUser, id: String) async throws(StepFailure)
    /// Reassignment: the lookup must find the deactivated user under `id`, which is then activated.
    func reactivate(_ user: PlannedUser, id: String) async throws(StepFailure)
    /// Lookup by displayName → create (or link), then the first members.
    func push(_ group: PlannedGroup, members: [Member], step: SimulationStep) async throws(StepFailure) -> GroupLink
    /// `members` is the full list after the change, for dialects that push it whole; `link` says
    /// whether this run created the group (so it knows every member) or linked to an existing one.
    func changeMembers(_ group: PlannedGroup, link: GroupLink, adding: [Member], removing: [Member], members: [Member])
        async throws(StepFailure)
    func delete(_ group: PlannedGroup, id: String) async throws(StepFailure)
    /// What the group's members must be once `push` has linked or created it with `members`.
    func expectation(afterPushing members: [Member], to link: GroupLink) -> MemberExpectation
    /// Entra's deprovisioning; Okta never deletes users (docs/idp-wire.md §2.1).
    func deleteUser(_ user: PlannedUser, id: String) async throws(StepFailure)
}

extension Provisioner {
    func deleteUser(_ user: PlannedUser, id: String) async throws(StepFailure) {}
}

/// Read-backs shared by the dialects: they check what the server holds, not the IdP's view.
extension Conversation {
    /// `GET /Groups/{id}` must show what the IdP changed (checked after every membership push).
    func verifyMembers(_ group: PlannedGroup, id: String, step: SimulationStep, expected: MemberExpectation) async throws(StepFailure) {
        let attempt = Attempt.group(step, .read, group)
        let reply = try await send("GET", "/Groups/\(id)", for: attempt, expecting: [200])
        if let problem = expected.problem(with: Self.memberIDs(in: reply.body ?? .null)) {
            throw checkFailure(attempt, problem, request: reply.request)
        }
    }

    /// After a DELETE the resource must be gone: `GET` answers 404 (docs/idp-wire.md §2.11, E8).
    func verifyGone(_ path: String, _ attempt: Attempt) async throws(StepFailure) {
        let reply = try await send("GET", path, for: attempt.with(.read), expecting: [200, 404])
        guard reply.status == 404 else {
            throw checkFailure(attempt, "GET \(path) still answers \(reply.status) after the DELETE", request: reply.request)
        }
    }
}
