/// What a request is for, so that a failure can be worded the way the IdP words it.
struct Attempt: Sendable {
    let step: SimulationStep
    let verb: FailureMessage.Verb
    let subject: String
    let isGroup: Bool

    static func user(_ step: SimulationStep, _ verb: FailureMessage.Verb, _ user: PlannedUser) -> Attempt {
        Attempt(step: step, verb: verb, subject: user.userName, isGroup: false)
    }

    static func group(_ step: SimulationStep, _ verb: FailureMessage.Verb, _ group: PlannedGroup) -> Attempt {
        Attempt(step: step, verb: verb, subject: group.displayName, isGroup: true)
    }

    /// The same subject and step, doing something else.
    func with(_ verb: FailureMessage.Verb) -> Attempt {
        Attempt(step: step, verb: verb, subject: subject, isGroup: isGroup)
    }
}

/// A failed step, ready for the report. Thrown by provisioners, caught by the simulator.
struct StepFailure: Error {
    var kind: SimulationFailure.Kind
    var message: String
    var request: String?
    var status: Int?
    var detail: String?
    /// The `Retry-After` of the answer, in seconds, when it had one.
    var retryAfter: Int? = nil
}

/// A group member as IdPs send it: the SP's user id, and (Okta) the userName as `display`.
struct Member: Sendable, Hashable {
    let id: String
    let display: String
}

/// The result of assigning a user: the SP id the IdP links to, and whether it was created.
struct UserLink: Sendable {
    let id: String
    let created: Bool
}

/// The result of pushing a group.
struct GroupLink: Sendable {
    let id: String
    let created: Bool
}
