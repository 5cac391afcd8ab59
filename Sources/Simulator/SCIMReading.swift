/// The SCIM URNs the simulator sends and looks for (RFC 7643 §8.7.1, RFC 7644 §3.4.2, §3.5.2, §3.12).
enum URN {
    static let user = "urn:ietf:params:scim:schemas:core:2.0:User"
    static let group = "urn:ietf:params:scim:schemas:core:2.0:Group"
    static let enterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
    static let listResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
    static let patchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
}

/// Reading responses the way an IdP does: what it needs must be there, the rest is not its business.
extension Conversation {
    /// The resources of a ListResponse. Okta needs the ListResponse URN and integer counts
    /// (docs/idp-wire.md §2.9, Q19); a string `"0"` fails its import.
    func resources(of reply: Reply, _ attempt: Attempt) throws(StepFailure) -> [JSON] {
        guard let body = reply.body?.object else { throw reject(reply, attempt, "The response is not a JSON object.") }
        guard body["schemas"]?.array?.contains(.string(URN.listResponse)) == true else {
            throw reject(reply, attempt, "The response is not a ListResponse (schemas lacks \(URN.listResponse)).")
        }
        guard let total = body["totalResults"]?.int else {
            throw reject(reply, attempt, "totalResults is missing or not an integer.")
        }
        let resources = body["Resources"]?.array ?? []
        if total > 0, resources.isEmpty {
            throw reject(reply, attempt, "totalResults is \(total) but Resources is empty.")
        }
        return resources
    }

    /// The single resource a `… eq "…"` lookup found, or nil on a miss. Two hits leave the IdP unable
    /// to choose, which fails the task.
    func singleMatch(of reply: Reply, _ attempt: Attempt) throws(StepFailure) -> (id: String, body: JSON)? {
        let resources = try resources(of: reply, attempt)
        guard resources.count <= 1 else {
            let key = attempt.isGroup ? "displayName" : "userName"
            throw reject(reply, attempt, "The lookup returned \(resources.count) resources for one \(key).")
        }
        guard let match = resources.first else { return nil }
        guard let id = match["id"]?.string, !id.isEmpty else { throw reject(reply, attempt, "The resource found has no id.") }
        return (id, match)
    }

    /// The resource in a 200/201 body, which must carry a non-empty `id`; `problem` words its absence.
    func resource(of reply: Reply, _ attempt: Attempt, else problem: String) throws(StepFailure) -> (id: String, body: JSON) {
        guard let body = reply.body, let id = body["id"]?.string, !id.isEmpty else { throw reject(reply, attempt, problem) }
        return (id, body)
    }

    /// The member ids of a Group resource.
    static func memberIDs(in body: JSON) -> Set<String> {
        Set((body["members"]?.array ?? []).compactMap { $0["value"]?.string })
    }
}
