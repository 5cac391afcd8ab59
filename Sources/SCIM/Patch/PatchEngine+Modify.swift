import Provisioning

extension PatchEngine {
    /// One operation on one attribute's current value (RFC 7644 §3.5.2.1–3).
    func modify(
        _ current: inout JSONValue?, _ op: PatchOperation.Op, _ resolved: ResolvedAttribute,
        filter: Filter?, value: JSONValue?, path: String
    ) throws(SCIMError) {
        let attribute = resolved.attribute
        if let filter {
            try modifyFiltered(&current, op, attribute, sub: resolved.subAttribute, filter: filter, value: value, path: path)
            return
        }
        if let sub = resolved.subAttribute {
            try modifySubAttribute(&current, op, attribute, sub: sub, value: value, path: path)
            return
        }
        switch op {
        case .remove:
            // DialectRule.removeWithValueList: `{"op":"Remove","path":"emails","value":[{…}]}` removes those values.
            if attribute.multiValued, let value, !value.isNull, let elements = current?.arrayValue {
                let doomed = Dialect.elements(of: value)
                let kept = elements.filter { element in !doomed.contains { Self.sameValue(element, $0) } }
                current = kept.isEmpty ? nil : .array(kept)
            } else {
                current = nil
            }
        case .add, .replace:
            guard let normalized = try normalizer.normalize(value ?? .null, attribute, path: path) else {
                current = nil  // DialectRule.emptyValues: null unassigns
                return
            }
            if attribute.multiValued {
                let added = normalized.arrayValue ?? []
                // add appends (RFC 7644 §3.5.2.1), replace without a filter replaces all (§3.5.2.3).
                let merged = op == .add ? Self.appending(added, to: current?.arrayValue ?? []) : added
                current = merged.isEmpty ? nil : .array(merged)
            } else if case .object(let existing)? = current, case .object(let incoming) = normalized {
                // Complex attributes: given sub-attributes replace or add, the others stay (§3.5.2.1, §3.5.2.3).
                current = .object(Self.merging(incoming, into: existing))
            } else {
                current = normalized
            }
        }
    }

    /// `name.givenName` (single-valued complex) or `emails.type` (every value; remove only).
    private func modifySubAttribute(
        _ current: inout JSONValue?, _ op: PatchOperation.Op, _ attribute: SchemaAttribute, sub: SchemaAttribute,
        value: JSONValue?, path: String
    ) throws(SCIMError) {
        if attribute.multiValued {
            guard op == .remove else {
                throw .invalidPath(
                    "'\(path)' would change every value of '\(attribute.name)'; select values with a filter, e.g. \(attribute.name)[type eq \"work\"].\(sub.name)"
                )
            }
            let elements = (current?.arrayValue ?? []).map { element -> JSONValue in
                guard case .object(var object) = element else { return element }
                object.setCanonical(sub.name, nil)
                return .object(object)
            }
            current = elements.isEmpty ? nil : .array(elements)
            return
        }
        var object = current?.objectValue ?? JSONObject()
        let newValue = op == .remove ? nil : try normalizer.normalize(value ?? .null, sub, path: path)
        object.setCanonical(sub.name, newValue)
        current = object.isEmpty ? nil : .object(object)
    }

    /// Values are the same when both have the same `value` sub-attribute, else when they are equal.
    static func sameValue(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        if let left = lhs.objectValue?[ignoringCase: "value"], let right = rhs.objectValue?[ignoringCase: "value"] {
            return left == right
        }
        return lhs == rhs
    }

    /// `existing` plus the new values not already present; a new primary value demotes the others
    /// (RFC 7643 §2.4: at most one value is primary).
    static func appending(_ added: [JSONValue], to existing: [JSONValue]) -> [JSONValue] {
        var result = existing
        if added.contains(where: isPrimary) { result = result.map(demotingPrimary) }
        for element in added where !result.contains(element) { result.append(element) }
        return result
    }

    static func merging(_ incoming: JSONObject, into existing: JSONObject) -> JSONObject {
        var merged = existing
        for (key, value) in incoming.pairs { merged.setCanonical(key, value) }
        return merged
    }

    static func isPrimary(_ element: JSONValue) -> Bool {
        element.objectValue?["primary"]?.boolValue == true
    }

    static func demotingPrimary(_ element: JSONValue) -> JSONValue {
        guard case .object(var object) = element, isPrimary(element) else { return element }
        object["primary"] = .bool(false)
        return .object(object)
    }
}
