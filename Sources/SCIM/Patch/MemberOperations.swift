import Provisioning

/// Group member operations as membership deltas (RFC 7644 §3.5.2, okta-wire §1.9).
enum MemberOperations {
    static func append(
        _ op: PatchOperation.Op, _ path: PatchPath, _ value: JSONValue?, to changes: inout [MembershipChange]
    ) throws(SCIMError) {
        if case .attribute(let resolved) = path.target, resolved.subAttribute != nil {
            throw .invalidPath(
                "'\(path.text)': members' sub-attributes cannot be changed one by one; add or remove members by value."
            )
        }
        if let filter = path.filter {
            // `remove members[value eq "x"]` (okta-wire Q4); a value, if sent, adds nothing.
            guard op == .remove else {
                throw .invalidPath(
                    "'\(path.text)': a members filter can only be removed; to add members use path 'members' with a list of {\"value\": id}."
                )
            }
            changes.append(.remove(try ids(selectedBy: filter, path: path.text)))
            return
        }
        switch op {
        case .add:
            // add appends (okta-wire Q5); duplicates are dropped.
            let ids = try GroupMapping.memberIDs(in: value ?? .null, path: "members")
            if !ids.isEmpty { changes.append(.add(ids)) }
        case .replace:
            changes.append(.replaceAll(try GroupMapping.memberIDs(in: value ?? .null, path: "members")))
        case .remove:
            guard let value, !value.isNull else {
                changes.append(.removeAll)
                return
            }
            // DialectRule.removeWithValueList
            let ids = try GroupMapping.memberIDs(in: value, path: "members")
            if !ids.isEmpty { changes.append(.remove(ids)) }
        }
    }

    /// `value eq "a"`, or several joined with `or`.
    private static func ids(selectedBy filter: Filter, path: String) throws(SCIMError) -> [String] {
        switch filter {
        case .comparison(let attribute, .eq, .string(let id)) where attribute.attribute == "value":
            return [id]
        case .or(let left, let right):
            return try ids(selectedBy: left, path: path) + ids(selectedBy: right, path: path)
        default:
            throw .invalidPath(
                "'\(path)': members can be selected only by id, as members[value eq \"<id>\"] (several joined with 'or')."
            )
        }
    }

    /// Merges neighbouring adds and neighbouring removes: Okta sends one remove operation per member.
    static func coalesced(_ changes: [MembershipChange]) -> [MembershipChange] {
        var result: [MembershipChange] = []
        for change in changes {
            switch (result.last, change) {
            case (.add(let earlier)?, .add(let later)):
                result[result.count - 1] = .add(unique(earlier + later))
            case (.remove(let earlier)?, .remove(let later)):
                result[result.count - 1] = .remove(unique(earlier + later))
            default:
                result.append(change)
            }
        }
        return result
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
