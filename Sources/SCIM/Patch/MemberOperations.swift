import Provisioning

/// Group member operations as membership deltas (RFC 7644 §3.5.2, docs/idp-wire.md §2.10).
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
            // `remove members[value eq "x"]` (docs/idp-wire.md Q4); a value, if sent, adds nothing.
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
            // add appends (docs/idp-wire.md Q5); duplicates are dropped.
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

    /// Merges neighbouring adds and neighbouring removes: Okta sends one remove operation per member
    /// (up to its batch size of 1000), so this stays linear.
    static func coalesced(_ changes: [MembershipChange]) -> [MembershipChange] {
        var result: [MembershipChange] = []
        var run: (adding: Bool, ids: [String], seen: Set<String>)?
        func flush() {
            guard let current = run else { return }
            result.append(current.adding ? .add(current.ids) : .remove(current.ids))
            run = nil
        }
        for change in changes {
            let ids: [String]
            let adding: Bool
            switch change {
            case .add(let added): (ids, adding) = (added, true)
            case .remove(let removed): (ids, adding) = (removed, false)
            case .removeAll, .replaceAll:
                flush()
                result.append(change)
                continue
            }
            if run?.adding != adding { flush() }
            if run == nil { run = (adding, [], []) }
            // In place: copying the run out and back would copy its array and set on every operation,
            // quadratic in Okta's 1,000 one-member removes.
            for id in ids where run!.seen.insert(id).inserted { run!.ids.append(id) }
        }
        flush()
        return result
    }
}
