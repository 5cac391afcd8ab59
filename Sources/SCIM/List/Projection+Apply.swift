import Provisioning

extension Projection {
    /// `resource` reduced to what the client asked for (RFC 7644 §3.4.2.5, §3.9).
    public func apply(to resource: JSONObject, type: ResourceType) -> JSONObject {
        // The common case (no `attributes`/`excludedAttributes`) on a resource the mappings built: no
        // schema has `returned: request` attributes and the only `returned: never` one is `password`.
        if case .all = mode, resource.storedKey(matching: "password") == nil { return resource }
        var result = JSONObject()
        for (key, value) in resource.pairs {
            if let kept = project(key, value, type: type) { result[key] = kept }
        }
        return result
    }

    private func project(_ key: String, _ value: JSONValue, type: ResourceType) -> JSONValue? {
        let definition = Schema.commonAttribute(named: key) ?? type.schema.attribute(named: key)
        if let definition {
            if definition.returned == .always { return value }
            if definition.isNeverReturned { return nil }
        }
        if key.equalsIgnoringASCIICase("meta") { return projectMeta(value) }
        let isContainer = key.hasPrefixIgnoringASCIICase("urn:") && value.objectValue != nil
        switch mode {
        case .all:
            return definition?.returned == .request ? nil : value
        case .include(let selectors):
            if selectors.contains(where: { $0.names(key) && $0.subAttribute == nil }) { return value }
            if !isContainer, selectors.contains(where: \.isCoreSchema) { return value }
            if isContainer, case .object(let object) = value {
                let inner = selectors.filter { $0.container?.equalsIgnoringASCIICase(key) == true }
                guard !inner.isEmpty else { return nil }
                var kept = JSONObject()
                for (name, member) in object.pairs {
                    if let projected = Self.keep(name, member, inner) { kept[name] = projected }
                }
                return kept.isEmpty ? nil : .object(kept)
            }
            return Self.keep(key, value, selectors.filter { $0.container == nil })
        case .exclude(let selectors):
            if definition?.returned == .request { return nil }
            if isContainer, case .object(let object) = value {
                if selectors.contains(where: { $0.names(key) }) { return nil }
                let inner = selectors.filter { $0.container?.equalsIgnoringASCIICase(key) == true }
                var kept = JSONObject()
                for (name, member) in object.pairs {
                    if let projected = Self.drop(name, member, inner) { kept[name] = projected }
                }
                return .object(kept)
            }
            return Self.drop(key, value, selectors.filter { $0.container == nil })
        }
    }

    /// `meta.resourceType` is always returned (RFC 7644 §3.4.2.5 names it with `id` and `schemas`).
    private func projectMeta(_ value: JSONValue) -> JSONValue? {
        guard case .object(let meta) = value else { return value }
        let reduced: JSONObject
        switch mode {
        case .all: return value
        case .include(let selectors):
            if selectors.contains(where: { $0.names("meta") && $0.subAttribute == nil }) { return value }
            let subs = selectors.filter { $0.names("meta") }.compactMap(\.subAttribute) + ["resourceType"]
            reduced = JSONObject(
                meta.pairs.filter { pair in subs.contains { $0.equalsIgnoringASCIICase(pair.key) } }.map { ($0.key, $0.value) })
        case .exclude(let selectors):
            let whole = selectors.contains { $0.names("meta") && $0.subAttribute == nil }
            let subs = selectors.filter { $0.names("meta") }.compactMap(\.subAttribute)
            reduced = JSONObject(
                meta.pairs.filter { pair in
                    pair.key == "resourceType" || !(whole || subs.contains { $0.equalsIgnoringASCIICase(pair.key) })
                }.map { ($0.key, $0.value) })
        }
        return .object(reduced)
    }

    /// Include mode: the whole attribute, or only the selected sub-attributes (of every value).
    private static func keep(_ key: String, _ value: JSONValue, _ selectors: [Selector]) -> JSONValue? {
        let matching = selectors.filter { $0.attribute.equalsIgnoringASCIICase(key) }
        guard !matching.isEmpty else { return nil }
        if matching.contains(where: { $0.subAttribute == nil }) { return value }
        let subs = matching.compactMap(\.subAttribute)
        return mapSubAttributes(value) { name in subs.contains { $0.equalsIgnoringASCIICase(name) } }
    }

    /// Exclude mode: nothing, or the attribute without the excluded sub-attributes.
    private static func drop(_ key: String, _ value: JSONValue, _ selectors: [Selector]) -> JSONValue? {
        let matching = selectors.filter { $0.attribute.equalsIgnoringASCIICase(key) }
        if matching.isEmpty { return value }
        if matching.contains(where: { $0.subAttribute == nil }) { return nil }
        let subs = matching.compactMap(\.subAttribute)
        return mapSubAttributes(value) { name in !subs.contains { $0.equalsIgnoringASCIICase(name) } }
    }

    private static func mapSubAttributes(_ value: JSONValue, keeping: (String) -> Bool) -> JSONValue? {
        func reduce(_ element: JSONValue) -> JSONValue {
            guard case .object(let object) = element else { return element }
            return .object(JSONObject(object.pairs.filter { keeping($0.key) }.map { ($0.key, $0.value) }))
        }
        switch value {
        case .object: return reduce(value)
        case .array(let elements): return .array(elements.map(reduce))
        default: return value
        }
    }
}
