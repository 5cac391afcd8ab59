/// Microsoft Entra ID's requests: PATCH for every change, DELETE to deprovision.
struct EntraProvisioner: Provisioner {
    /// [unverified] No capture of Entra's User-Agent is at hand; this follows the naming of Microsoft's
    /// provisioning assemblies so traffic is recognisable in the console.
    static let userAgent = "Microsoft.AzureAD.Provisioning/1.0 (SCIM 2.0 client)"

    let conversation: Conversation
    /// Entra's "Test Connection" asks for a user that should not exist and wants 200 with no hits
    /// (Microsoft Q&A 1611014: a 404 there fails the test).
    let probeUserName: String

    func testConnection() async throws(StepFailure) {
        let attempt = Attempt(step: .connectionTest, verb: .testConnection, subject: "", isGroup: false)
        let filter = QueryEncoding.equalityFilter("userName", probeUserName)
        let reply = try await conversation.send("GET", "/Users?filter=\(filter)", for: attempt, expecting: [200])
        _ = try conversation.resources(of: reply, attempt)
    }

    func assign(_ user: PlannedUser) async throws(StepFailure) -> UserLink {
        let verify = Attempt.user(.assignUser, .verify, user)
        if let found = try await lookup(user, verify) {
            // Matched: Entra links and syncs what differs, including enabling a disabled account.
            let json = found.body["active"]?.bool == false ? EntraBodies.setActive(true) : EntraBodies.updateProfile(user)
            _ = try await conversation.send("PATCH", "/Users/\(found.id)", json: json, for: verify.with(.update), expecting: [200, 204])
            return UserLink(id: found.id, created: false)
        }
        let create = verify.with(.create)
        let reply = try await conversation.send("POST", "/Users", json: EntraBodies.createUser(user), for: create, expecting: [201])
        let (id, _) = try conversation.resource(of: reply, create, else: "The response to the create carries no id.")
        return UserLink(id: id, created: true)
    }

    func updateProfile(_ user: PlannedUser, id: String) async throws(StepFailure) {
        let attempt = Attempt.user(.updateProfile, .update, user)
        let reply = try await conversation.send(
            "PATCH", "/Users/\(id)", json: EntraBodies.updateProfile(user), for: attempt, expecting: [200, 204])
        guard reply.status == 200, let body = reply.body else { return }
        let department = body[URN.enterpriseUser]?["department"]?.string
        guard body["title"]?.string == user.updatedTitle, department == user.updatedDepartment else {
            throw conversation.checkFailure(
                attempt,
                "the PATCH answered title \(body["title"]?.string ?? "none") and department \(department ?? "none"), not the values sent",
                request: reply.request)
        }
    }

    func deactivate(_ user: PlannedUser, id: String) async throws(StepFailure) {
        try await setActive(false, user, id: id, step: .deactivateUser, verb: .deactivate)
    }

    func reactivate(_ user: PlannedUser, id: String) async throws(StepFailure) {
        let verify = Attempt.user(.reactivateUser, .verify, user)
        guard let found = try await lookup(user, verify), found.id == id else {
            throw conversation.checkFailure(verify, "the userName lookup does not find the disabled user \(id)")
        }
        try await setActive(true, user, id: id, step: .reactivateUser, verb: .reactivate)
    }

    func deleteUser(_ user: PlannedUser, id: String) async throws(StepFailure) {
        let attempt = Attempt.user(.deleteUser, .delete, user)
        _ = try await conversation.send("DELETE", "/Users/\(id)", for: attempt, expecting: [204])
        try await conversation.verifyGone("/Users/\(id)", attempt)
    }

    private func setActive(_ active: Bool, _ user: PlannedUser, id: String, step: SimulationStep, verb: FailureMessage.Verb)
        async throws(StepFailure)
    {
        let attempt = Attempt.user(step, verb, user)
        let reply = try await conversation.send(
            "PATCH", "/Users/\(id)", json: EntraBodies.setActive(active), for: attempt, expecting: [200, 204])
        if reply.status == 200, let body = reply.body, body["active"]?.bool != active {
            throw conversation.checkFailure(
                attempt, "the response shows active \(body["active"].map { "\($0)" } ?? "missing"), expected \(active)",
                request: reply.request)
        }
    }

    /// `GET /Users?filter=userName eq "…"`, without paging parameters.
    private func lookup(_ user: PlannedUser, _ attempt: Attempt) async throws(StepFailure) -> (id: String, body: JSON)? {
        let filter = QueryEncoding.equalityFilter("userName", user.userName)
        let reply = try await conversation.send("GET", "/Users?filter=\(filter)", for: attempt, expecting: [200])
        return try conversation.singleMatch(of: reply, attempt)
    }
}
