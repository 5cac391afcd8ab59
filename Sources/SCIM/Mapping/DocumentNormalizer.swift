import Provisioning

/// Turns a client's JSON into the stored document form, driven by the schema:
/// known attribute names in the schema's spelling (RFC 7643 §2.1 makes names case-insensitive, the
/// store addresses them with exact JSON paths), extension attributes inside their URN container
/// (whether sent inside it or as URN-qualified top-level keys), server-owned and secret attributes
/// dropped, values type-checked with details that name the attribute, unknown attributes kept as sent.
struct DocumentNormalizer {
    let type: ResourceType

    /// The canonical document for a request body or a stored document.
    func document(from body: JSONObject) throws(SCIMError) -> JSONObject {
        var document = JSONObject()
        for (key, value) in body.pairs {
            try merge(key: key, value: value, into: &document)
        }
        return document
    }

    /// Writes one top-level member of a body into `document`; later keys win over earlier ones.
    func merge(key: String, value: JSONValue, into document: inout JSONObject) throws(SCIMError) {
        switch type.resolve(key) {
        case nil:
            // Unknown attributes round-trip as sent; null unassigns (DialectRule.emptyValues).
            // An object under an undeclared URN is that extension's container, kept under its own name.
            let location =
                value.objectValue != nil && key.hasPrefixIgnoringASCIICase("urn:") ? (container: nil, name: key) : type.unknownLocation(key)
            guard let container = location.container else {
                document[key] = value.isNull ? nil : value
                return
            }
            // `urn:…:User:badge.number` (Entra): a sub-attribute of an attribute in that schema's object.
            let parts = location.name.split(separator: ".", maxSplits: 1).map(String.init)
            try updateContainer(container, in: &document) { (object) throws(SCIMError) in
                guard parts.count == 2 else {
                    object[location.name] = value.isNull ? nil : value
                    return
                }
                var parent = object[parts[0]]?.objectValue ?? JSONObject()
                parent[parts[1]] = value.isNull ? nil : value
                object[parts[0]] = parent.isEmpty ? nil : .object(parent)
            }
        case .schema(let schema) where schema.id == type.schema.id:
            // The core URN used as a container: its members are ordinary top-level attributes.
            guard let inner = try containerObject(value, name: key) else { return }
            for (innerKey, innerValue) in inner.pairs { try merge(key: innerKey, value: innerValue, into: &document) }
        case .schema(let schema):
            guard let inner = try containerObject(value, name: schema.id) else {
                document[schema.id] = nil
                return
            }
            for (innerKey, innerValue) in inner.pairs {
                if let resolved = type.resolveAttribute("\(schema.id):\(innerKey)") {
                    try assign(resolved, innerValue, into: &document)
                } else {
                    try updateContainer(schema.id, in: &document) { $0[innerKey] = innerValue.isNull ? nil : innerValue }
                }
            }
        case .attribute(let resolved):
            try assign(resolved, value, into: &document)
        }
    }

    /// Sets a resolved attribute (or one sub-attribute of a single-valued complex attribute).
    func assign(_ resolved: ResolvedAttribute, _ value: JSONValue, into document: inout JSONObject) throws(SCIMError) {
        let attribute = resolved.attribute
        // DialectRule.putEchoesServerAttributes, DialectRule.passwordIgnored
        guard !type.isDroppedOnInput(attribute) else { return }
        if let urn = resolved.extensionURN {
            let local = ResolvedAttribute(attribute: attribute, subAttribute: resolved.subAttribute)
            try updateContainer(urn, in: &document) { (container) throws(SCIMError) in
                try assign(local, value, into: &container)
            }
            return
        }
        guard let sub = resolved.subAttribute else {
            document[attribute.name] = try normalize(value, attribute, path: attribute.name)
            return
        }
        guard !attribute.multiValued else {
            throw .invalidValue(
                "'\(resolved.canonicalName)' names a sub-attribute of every '\(attribute.name)' value; send the whole '\(attribute.name)' array instead."
            )
        }
        guard !sub.isServerOwned else { return }
        var object = document[attribute.name]?.objectValue ?? JSONObject()
        object[sub.name] = try normalize(value, sub, path: resolved.canonicalName)
        document[attribute.name] = object.isEmpty ? nil : .object(object)
    }

    private func containerObject(_ value: JSONValue, name: String) throws(SCIMError) -> JSONObject? {
        switch value {
        case .object(let object): return object
        case .null: return nil
        default: throw .invalidValue("'\(name)' must be a JSON object of extension attributes.")
        }
    }

    private func updateContainer(
        _ urn: String, in document: inout JSONObject,
        _ change: (inout JSONObject) throws(SCIMError) -> Void
    ) throws(SCIMError) {
        var container = document[urn]?.objectValue ?? JSONObject()
        try change(&container)
        // An emptied extension is unassigned, so `schemas` stops listing it.
        document[urn] = container.isEmpty ? nil : .object(container)
    }
}
