import SCIMClient

/// The words an IdP admin reads when a provisioning step fails.
///
/// Okta: `<Okta message>: <remote message>` (docs/idp-wire.md §5.3, Q17), e.g. *"Automatic provisioning
/// of user u to app A failed: Error while verifying if user u exists: Unauthorized. Errors reported by
/// remote server: …"* and *"… Error while creating user u: …"* (§2.3). The user-provisioning
/// and connection-test wordings are captured; the profile-push, deactivation and group wordings follow
/// the same format and are **[inferred]**. Entra's lines imitate its provisioning logs (approximate).
struct FailureMessage {
    /// What the IdP was doing when the request failed.
    enum Verb {
        case testConnection, verify, create, read, pushProfile, update, deactivate, reactivate, delete
    }

    let idp: SimulatedIdP
    let appName: String

    /// The line for an HTTP error: `reason` is the status's reason phrase, `detail` the SCIM `detail`.
    func remote(step: SimulationStep, verb: Verb, isGroup: Bool, subject: String, status: Int, detail: String?) -> String {
        let reason = HTTPReason.phrase(status).isEmpty ? "HTTP \(status)" : HTTPReason.phrase(status)
        switch idp {
        case .okta:
            if verb == .testConnection {
                return "Error authenticating: \(reason). The connector configuration could not be tested. Make sure that the URL, "
                    + "Authentication Parameters are correct and that there is an implementation available at the URL provided."
            }
            let remote = detail.map { " Errors reported by remote server: \($0)" } ?? ""
            return okta(step: step, verb: verb, isGroup: isGroup, subject: subject, problem: "\(reason).\(remote)")
        case .entra:
            let response = detail.map { " The response from \(appName) was: \($0)" } ?? ""
            return entra(verb: verb, isGroup: isGroup, subject: subject, problem: "StatusCode: \(reason) (\(status)).\(response)")
        }
    }

    /// The line for a failure without a usable response: no connection, a timeout, an unusable body.
    func local(step: SimulationStep, verb: Verb, isGroup: Bool, subject: String, problem: String) -> String {
        switch idp {
        case .okta:
            if verb == .testConnection {
                return "Error authenticating: \(problem) The connector configuration could not be tested."
            }
            return okta(step: step, verb: verb, isGroup: isGroup, subject: subject, problem: problem)
        case .entra:
            return entra(verb: verb, isGroup: isGroup, subject: subject, problem: problem)
        }
    }

    private func okta(step: SimulationStep, verb: Verb, isGroup: Bool, subject: String, problem: String) -> String {
        let noun = isGroup ? "group" : "user"
        let prefix: String
        switch step {
        case .updateProfile: prefix = "Automatic profile push of user \(subject) to app \(appName) failed"
        case .deactivateUser, .deleteUser: prefix = "Automatic deactivation of user \(subject) in app \(appName) failed"
        case .pushGroup, .changeMembers, .deleteGroup, .repushGroup: prefix = "Push of group \(subject) to app \(appName) failed"
        case .connectionTest, .assignUser, .reactivateUser: prefix = "Automatic provisioning of user \(subject) to app \(appName) failed"
        }
        let action: String
        switch verb {
        case .testConnection: action = "Error authenticating"
        case .verify: action = "Error while verifying if \(noun) \(subject) exists"
        case .create: action = "Error while creating \(noun) \(subject)"
        case .read: action = "Error while reading \(noun) \(subject)"
        case .pushProfile: action = "Error while trying to push profile update for \(subject)"
        case .update: action = "Error while updating \(noun) \(subject)"
        case .deactivate: action = "Error while deactivating \(noun) \(subject)"
        case .reactivate: action = "Error while reactivating \(noun) \(subject)"
        case .delete: action = "Error while deleting \(noun) \(subject)"
        }
        return "\(prefix): \(action): \(problem)"
    }

    private func entra(verb: Verb, isGroup: Bool, subject: String, problem: String) -> String {
        let noun = isGroup ? "Group" : "User"
        let action: String
        switch verb {
        case .testConnection: return "Test Connection failed: \(problem)"
        case .verify: action = "query for \(noun) '\(subject)'"
        case .create: action = "create \(noun) '\(subject)'"
        case .read: action = "read \(noun) '\(subject)'"
        case .pushProfile, .update: action = "update \(noun) '\(subject)'"
        case .deactivate: action = "disable \(noun) '\(subject)'"
        case .reactivate: action = "enable \(noun) '\(subject)'"
        case .delete: action = "delete \(noun) '\(subject)'"
        }
        return "Failed to \(action) in \(appName). \(problem)"
    }
}
