/// Okta's requests for users (docs/idp-wire.md §2.2–§2.7), OIN or AIW.
struct OktaProvisioner: Provisioner {
    let conversation: Conversation
    let flavour: OktaFlavour

    /// "Test API Credentials": one list request with constant parameters (docs/idp-wire.md §2.2).
    func testConnection() async throws(StepFailure) {
        let attempt = Attempt(step: .connectionTest, verb: .testConnection, subject: "", isGroup: false)
        let reply = try await conversation.send("GET", "/Users?startIndex=1&count=2", for: attempt, expecting: [200])
        _ = try conversation.resources(of: reply, attempt)
    }

    func assign(_ user: PlannedUser) async throws(StepFailure) -> UserLink {
        let verify = Attempt.user(.assignUser, .verify, user)
        if let found = try await lookup(user, plusForSpace: user.index % 2 == 1, verify) {
            // A hit is linked, never POSTed; Okta then pushes its profile as an update (docs/idp-wire.md §2.3),
            // or activates a user it finds deactivated (§1.6).
            if found.body["active"]?.bool == false {
                try await setActive(true, user, id: found.id, step: .assignUser, verb: .reactivate)
            } else {
                try await readModifyWrite(user, id: found.id, step: .assignUser) { _ in }
            }
            return UserLink(id: found.id, created: false)
        }
        let create = verify.with(.create)
        let reply = try await conversation.send("POST", "/Users", json: OktaBodies.createUser(user), for: create, expecting: [201])
        let (id, body) = try conversation.resource(of: reply, create, else: "Create new user returned empty user.")
        if body["userName"]?.string != user.userName {
            throw conversation.checkFailure(
                create, "userName came back as \(body["userName"]?.string ?? "nothing"), not exactly as sent (docs/idp-wire.md Q8)",
                request: reply.request)
        }
        return UserLink(id: id, created: true)
    }

    /// Both flavours GET and PUT the echoed body for profile changes (docs/idp-wire.md §2.5).
    func updateProfile(_ user: PlannedUser, id: String) async throws(StepFailure) {
        let body = try await readModifyWrite(user, id: id, step: .updateProfile) { body in
            OktaBodies.applyProfileUpdate(user, to: &body)
        }
        let department = body[URN.enterpriseUser]?["department"]?.string
        guard body["title"]?.string == user.updatedTitle, department == user.updatedDepartment else {
            throw conversation.checkFailure(
                Attempt.user(.updateProfile, .pushProfile, user),
                "the PUT answered title \(body["title"]?.string ?? "none") and department \(department ?? "none"), not the values sent")
        }
    }

    func deactivate(_ user: PlannedUser, id: String) async throws(StepFailure) {
        try await setActive(false, user, id: id, step: .deactivateUser, verb: .deactivate)
    }

    /// Reassignment runs the lookup again (with the other query encoding); it must find the inactive
    /// user under the same id, or Okta would POST a duplicate (docs/idp-wire.md §2.7, Q12).
    func reactivate(_ user: PlannedUser, id: String) async throws(StepFailure) {
        let verify = Attempt.user(.reactivateUser, .verify, user)
        guard let found = try await lookup(user, plusForSpace: user.index % 2 == 0, verify) else {
            throw conversation.checkFailure(
                verify,
                "the userName lookup no longer finds the deactivated user \(id); Okta would create it again (docs/idp-wire.md Q12)")
        }
        guard found.id == id else {
            throw conversation.checkFailure(verify, "the lookup found id \(found.id), not the linked \(id)")
        }
        guard found.body["active"]?.bool == false else {
            throw conversation.checkFailure(
                verify, "the lookup shows active \(found.body["active"].map { "\($0)" } ?? "missing"), expected false after deactivation")
        }
        try await setActive(true, user, id: id, step: .reactivateUser, verb: .reactivate)
    }

    /// OIN: one PATCH, answered 200 with the user or 204. AIW: GET, then PUT of the echo.
    private func setActive(_ active: Bool, _ user: PlannedUser, id: String, step: SimulationStep, verb: FailureMessage.Verb)
        async throws(StepFailure)
    {
        let attempt = Attempt.user(step, verb, user)
        let body: JSON?
        switch flavour {
        case .oin:
            let reply = try await conversation.send(
                "PATCH", "/Users/\(id)", json: OktaBodies.setActive(active), for: attempt, expecting: [200, 204])
            body = reply.status == 204 ? nil : reply.body
        case .aiw:
            body = try await readModifyWrite(user, id: id, step: step, verb: verb) { $0["active"] = .bool(active) }
        }
        if let body, body["active"]?.bool != active || body["id"]?.string != id {
            throw conversation.checkFailure(
                attempt,
                "the response shows id \(body["id"]?.string ?? "none") active \(body["active"].map { "\($0)" } ?? "missing"), expected \(id) active \(active)"
            )
        }
    }

    /// `GET /Users/{id}` then `PUT` of the echo with `change` applied; returns the PUT's answer.
    @discardableResult
    private func readModifyWrite(
        _ user: PlannedUser, id: String, step: SimulationStep, verb: FailureMessage.Verb = .pushProfile, _ change: (inout JSON) -> Void
    ) async throws(StepFailure) -> JSON {
        let read = Attempt.user(step, .read, user)
        let current = try await conversation.send("GET", "/Users/\(id)", for: read, expecting: [200])
        let (readID, resource) = try conversation.resource(of: current, read, else: "The user could not be read.")
        guard readID == id else { throw conversation.checkFailure(read, "GET /Users/\(id) returned id \(readID)") }
        let write = read.with(verb)
        let reply = try await conversation.send(
            "PUT", "/Users/\(id)", json: OktaBodies.echo(resource, of: user, change), for: write, expecting: [200])
        return try conversation.resource(of: reply, write, else: "Update user returned empty user.").body
    }

    /// `GET /Users?filter=userName eq "…"&startIndex=1&count=100` (docs/idp-wire.md §2.3).
    private func lookup(_ user: PlannedUser, plusForSpace: Bool, _ attempt: Attempt) async throws(StepFailure) -> (id: String, body: JSON)?
    {
        let filter = QueryEncoding.equalityFilter("userName", user.userName, plusForSpace: plusForSpace)
        let reply = try await conversation.send("GET", "/Users?filter=\(filter)&startIndex=1&count=100", for: attempt, expecting: [200])
        return try conversation.singleMatch(of: reply, attempt)
    }
}
