import Provisioning

extension PatchEngine {
    /// Operations on `attr[filter]` and `attr[filter].sub` (RFC 7644 §3.5.2.1–3).
    func modifyFiltered(
        _ current: inout JSONValue?, _ op: PatchOperation.Op, _ attribute: SchemaAttribute, sub: SchemaAttribute?,
        filter: Filter, value: JSONValue?, path: String
    ) throws(SCIMError) {
        var elements = current?.arrayValue ?? []
        var matched = elements.indices.filter { FilterEvaluator.matches(filter, element: elements[$0]) }
        switch op {
        case .remove:
            // Removing something that is not there is a no-op (docs/idp-wire.md Q4).
            if let sub {
                for index in matched { elements[index] = Self.setting(sub.name, nil, in: elements[index]) }
            } else {
                let doomed = Set(matched)
                elements = elements.indices.filter { !doomed.contains($0) }.map { elements[$0] }
            }
        case .add, .replace:
            if matched.isEmpty {
                // DialectRule.addCreatesFilteredElement; replace stays noTarget (RFC 7644 §3.5.2.3).
                guard op == .add, let seed = Self.seed(from: filter) else {
                    throw .noTarget("no value of '\(attribute.name)' matches the filter in path '\(path)'")
                }
                elements.append(.object(seed))
                matched = [elements.count - 1]
            }
            // Without a sub-attribute the value is a whole element; null unassigns the matched values.
            var incoming: JSONObject?
            if sub == nil, case .object(let object)? = try normalizer.normalizeSingle(value ?? .null, attribute, path: path) {
                incoming = object
            }
            var madePrimary = false
            for index in matched {
                if let sub {
                    let newValue = try normalizer.normalize(value ?? .null, sub, path: path)
                    elements[index] = Self.setting(sub.name, newValue, in: elements[index])
                } else if let incoming {
                    let existing = elements[index].objectValue ?? JSONObject()
                    elements[index] = .object(op == .replace ? incoming : Self.merging(incoming, into: existing))
                } else {
                    elements[index] = .null
                }
                madePrimary = madePrimary || Self.isPrimary(elements[index])
            }
            if madePrimary {
                let chosen = Set(matched)
                elements = elements.indices.map { chosen.contains($0) ? elements[$0] : Self.demotingPrimary(elements[$0]) }
            }
            elements.removeAll { $0.isNull }
        }
        current = elements.isEmpty ? nil : .array(elements)
    }

    static func setting(_ name: String, _ value: JSONValue?, in element: JSONValue) -> JSONValue {
        var object = element.objectValue ?? JSONObject()
        object.setCanonical(name, value)
        return .object(object)
    }

    /// The element an `eq`-only filter describes: `type eq "work" and primary eq true` →
    /// `{"type":"work","primary":true}`; nil for filters that do not pin values down.
    static func seed(from filter: Filter) -> JSONObject? {
        switch filter {
        case .comparison(let path, .eq, let value):
            guard let json = value.jsonValue else { return nil }
            return JSONObject([(path.attribute, json)])
        case .and(let left, let right):
            guard let lhs = seed(from: left), let rhs = seed(from: right) else { return nil }
            return merging(rhs, into: lhs)
        default:
            return nil
        }
    }
}

extension FilterValue {
    /// The JSON form of a filter literal, for elements created from a filter.
    var jsonValue: JSONValue? {
        switch self {
        case .string(let text): .string(text)
        case .number(let number): .number(number)
        case .boolean(let flag): .bool(flag)
        case .dateTime(let date): .string(SCIMDateTime.string(from: date))
        case .null: nil
        }
    }
}
