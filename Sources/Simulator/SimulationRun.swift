/// One run: the phases in IdP order, each over its users or groups with bounded concurrency.
struct SimulationRun: Sendable {
    let options: SimulatorOptions
    let plan: SimulationPlan
    let collector = ReportCollector()
    let counter = RequestCounter()
    let provisioner: any Provisioner
    let progress: @Sendable (String) -> Void

    init(simulator: Simulator) {
        options = simulator.options
        plan = simulator.plan
        progress = simulator.onProgress
        provisioner = simulator.makeProvisioner(counter: counter)
    }

    /// Runs every phase; returns why it stopped early, or nil.
    func perform() async -> String? {
        if options.scenario == .massDeactivate { return await massDeactivate() }
        if let abort = await connectionTest() { return abort }
        let links = await assignUsers()
        // The protected admin is only assigned: everything after that would be refused the same way.
        let users = plan.users.filter { !$0.isProtectedAdmin }.compactMap { user in links[user.index].map { (user, $0.id) } }
        _ = await each(users, .updateProfile) { user, id in try await provisioner.updateProfile(user, id: id) }
        let deactivated = await each(users, .deactivateUser) { user, id in try await provisioner.deactivate(user, id: id) }
        _ = await each(deactivated.map { $0.0 }, .reactivateUser) { user, id in try await provisioner.reactivate(user, id: id) }
        await groups(links: links)
        if options.idp == .entra {
            _ = await each(users.filter { $0.0.leavesAtEnd }, .deleteUser) { user, id in try await provisioner.deleteUser(user, id: id) }
        }
        return nil
    }

    /// A connection test that gets no HTTP answer at all stops the run: every later request would
    /// fail the same way, each after a timeout. An HTTP error does not (the IdP keeps its tasks).
    func connectionTest() async -> String? {
        progress("→ \(SimulationStep.connectionTest.title)")
        do {
            try await provisioner.testConnection()
            collector.succeeded(.connectionTest)
            progress("✓ \(SimulationStep.connectionTest.title)")
            return nil
        } catch {
            record(error, step: .connectionTest, subject: "", order: 0, expected: false)
            return error.status == nil && error.kind == .idp ? "the connection test got no HTTP answer, so nothing else was sent" : nil
        }
    }

    func assignUsers() async -> [Int: UserLink] {
        let results = await each(plan.users.map { ($0, "") }, .assignUser, note: { $0.created ? "created" : "linked to the existing user" })
        { user, _ in
            let link = try await provisioner.assign(user)
            collector.userLinked(created: link.created)
            return link
        }
        return Dictionary(results.map { ($0.0.0.index, $0.1) }) { first, _ in first }
    }

    /// Runs `body` for each user (with its SP id) and returns those for which it succeeded.
    private func each<T: Sendable>(
        _ users: [(PlannedUser, String)], _ step: SimulationStep, note: @escaping @Sendable (T) -> String = { _ in "" },
        _ body: @escaping @Sendable (PlannedUser, String) async throws -> T
    ) async -> [((PlannedUser, String), T)] {
        progress("→ \(step.title): \(users.count) users")
        let results = await Concurrently.map(users, limit: options.concurrency) { pair in
            await attempt(step, subject: pair.0.userName, order: pair.0.index, expected: pair.0.isProtectedAdmin, note: note) {
                try await body(pair.0, pair.1)
            }
        }
        return zip(users, results).compactMap { pair, result in result.map { (pair, $0) } }
    }

    /// One step for one subject: records the outcome, tells the progress callback, keeps the pace.
    func attempt<T: Sendable>(
        _ step: SimulationStep, subject: String, order: Int, expected: Bool, note: (T) -> String = { _ in "" },
        _ body: () async throws -> T
    ) async -> T? {
        let value: T?
        do {
            let result = try await body()
            value = result
            collector.succeeded(step)
            let text = note(result)
            progress("✓ \(step.title) \(subject)\(text.isEmpty ? "" : ": \(text)")")
        } catch let failure as StepFailure {
            record(failure, step: step, subject: subject, order: order, expected: expected)
            value = nil
        } catch {
            // Only cancellation gets here: provisioners throw nothing but StepFailure.
            record(
                StepFailure(kind: .idp, message: "\(step.title) \(subject) stopped: \(error)"), step: step, subject: subject, order: order,
                expected: expected)
            value = nil
        }
        if options.pace > .zero { try? await Task.sleep(for: options.pace) }
        return value
    }

    func record(_ error: StepFailure, step: SimulationStep, subject: String, order: Int, expected: Bool) {
        let failure = SimulationFailure(
            step: step, kind: error.kind, subject: subject, message: error.message, request: error.request,
            status: error.status, detail: error.detail, expected: expected
        )
        collector.failed(failure, order: order)
        progress("\(expected ? "· expected:" : "✗") \(error.message)")
    }
}
