/// The mass-deactivate scenario: assign everyone, then deactivate 60 % of them at once, and retry
/// what the server holds the way the IdP does, so the run shows both sides of a breaker: the 503s
/// the IdP's admin reads in its task list, and the same requests going through after a release.
extension SimulationRun {
    private enum Outcome: Sendable {
        case applied
        /// Answered 503: held by the server, retried later; the `Retry-After` in seconds.
        case held(retryAfter: Int?)
        case failed
    }

    func massDeactivate() async -> String? {
        if let abort = await connectionTest() { return abort }
        let links = await assignUsers()
        let users = plan.users.filter { !$0.isProtectedAdmin }.compactMap { user in links[user.index].map { (user, $0.id) } }
        let count = Int((Double(users.count) * SimulationScenario.massDeactivationShare).rounded(.up))
        let targets = Array(users.prefix(count))
        progress("→ mass deactivation: \(count) of \(users.count) users at once (an app unassigned from everyone)")
        let first = await Concurrently.map(targets, limit: options.concurrency) { user, id in
            await deactivate(user, id: id)
        }
        var pending: [(PlannedUser, String)] = []
        var retryAfter: Int?
        for (target, outcome) in zip(targets, first) {
            if case .held(let seconds) = outcome {
                pending.append(target)
                retryAfter = retryAfter ?? seconds
            }
        }
        let held = pending.count
        let applied = first.count { if case .applied = $0 { true } else { false } }
        var appliedOnRetry = 0
        let deadline = ContinuousClock.now + options.retryHeldFor
        while !pending.isEmpty, ContinuousClock.now < deadline {
            let wait = min(.seconds(retryAfter ?? 300), options.maximumRetryWait, deadline - ContinuousClock.now)
            progress(
                "… \(pending.count) held; retrying after \(wait) as the IdP would (Retry-After: \(retryAfter.map(String.init) ?? "none"))")
            try? await Task.sleep(for: wait)
            var still: [(PlannedUser, String)] = []
            for (user, id) in pending {
                switch await deactivate(user, id: id, retry: true) {
                case .applied: appliedOnRetry += 1
                case .held: still.append((user, id))
                case .failed: break
                }
            }
            pending = still
        }
        collector.massDeactivated(
            MassDeactivation(
                planned: count, appliedAtOnce: applied, held: held, retryAfterSeconds: retryAfter, appliedOnRetry: appliedOnRetry,
                stillHeld: pending.count))
        return nil
    }

    /// One deactivation. A 503 is the server holding it: the IdP shows it as a failed task and
    /// retries, so it is listed (as the admin reads it) without failing the run.
    private func deactivate(_ user: PlannedUser, id: String, retry: Bool = false) async -> Outcome {
        do {
            try await provisioner.deactivate(user, id: id)
            collector.succeeded(.deactivateUser)
            progress("✓ \(retry ? "retried: " : "")deactivate user \(user.userName)")
            if options.pace > .zero { try? await Task.sleep(for: options.pace) }
            return .applied
        } catch {
            let held = error.status == 503
            // Each retry of a held request is the same task in the IdP: listed once.
            if !(retry && held) { record(error, step: .deactivateUser, subject: user.userName, order: user.index, expected: held) }
            if options.pace > .zero { try? await Task.sleep(for: options.pace) }
            return held ? .held(retryAfter: error.retryAfter) : .failed
        }
    }
}
