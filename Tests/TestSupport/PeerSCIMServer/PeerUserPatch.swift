import Provisioning

/// PATCH on a user's document (RFC 7644 §3.5.2): `add` and `replace` set the value at the path
/// (`add` appends to a multi-valued attribute), `remove` takes it away. Without a path the value is
/// an object whose keys are paths, or schema URNs whose objects are merged into that extension.
enum PeerUserPatch {
    static func apply(_ operation: PeerPatchOperation, to document: inout JSONObject) throws(PeerError) {
        guard let path = operation.path else {
            guard operation.op != "remove", let value = operation.value?.objectValue else {
                throw PeerError(400, "invalidSyntax", detail: "An operation without a path needs an object value.")
            }
            for (key, item) in value.pairs {
                if key.lowercased().hasPrefix("urn:"), let fields = item.objectValue, !key.contains("[") {
                    var container = document[ignoringCase: key]?.objectValue ?? JSONObject()
                    for (name, field) in fields.pairs { container[ignoringCase: name] = field }
                    document[ignoringCase: key] = .object(container)
                    declare(key, in: &document)
                } else {
                    try set(PeerPath(key), item, op: operation.op, in: &document)
                }
            }
            return
        }
        let target = try PeerPath(path)
        if operation.op == "remove" {
            edit(target, in: &document) { object in remove(target, from: &object) }
        } else {
            guard let value = operation.value else { throw PeerError(400, "invalidValue", detail: "\(operation.op) needs a value.") }
            try set(target, value, op: operation.op, in: &document)
        }
    }

    private static func set(_ path: PeerPath, _ value: JSONValue, op: String, in document: inout JSONObject) throws(PeerError) {
        var failure: PeerError?
        edit(path, in: &document) { object in
            guard let filter = path.filter else {
                if let sub = path.subAttribute {
                    var nested = object[ignoringCase: path.attribute]?.objectValue ?? JSONObject()
                    nested[ignoringCase: sub] = value
                    object[ignoringCase: path.attribute] = .object(nested)
                } else if op == "add", let existing = object[ignoringCase: path.attribute]?.arrayValue, let added = value.arrayValue {
                    object[ignoringCase: path.attribute] = .array(existing + added)
                } else {
                    object[ignoringCase: path.attribute] = value
                }
                return
            }
            var items = object[ignoringCase: path.attribute]?.arrayValue ?? []
            let matching = items.indices.filter { items[$0].objectValue.map(filter.matches) ?? false }
            if matching.isEmpty {
                // RFC 7644 §3.5.2.3: a replace whose filter matches nothing is an error; an add appends.
                guard op == "add", let sub = path.subAttribute else {
                    failure = PeerError(400, "noTarget", detail: "No value of \(path.attribute) matches the filter.")
                    return
                }
                items.append(.object(JSONObject([(filter.attribute, .string(filter.value)), (sub, value)])))
            }
            for index in matching {
                guard let sub = path.subAttribute else {
                    items[index] = value
                    continue
                }
                var element = items[index].objectValue ?? JSONObject()
                element[ignoringCase: sub] = value
                items[index] = .object(element)
            }
            object[ignoringCase: path.attribute] = .array(items)
        }
        if let failure { throw failure }
    }

    private static func remove(_ path: PeerPath, from object: inout JSONObject) {
        guard let filter = path.filter else {
            if let sub = path.subAttribute, var nested = object[ignoringCase: path.attribute]?.objectValue {
                nested[ignoringCase: sub] = nil
                object[ignoringCase: path.attribute] = .object(nested)
            } else if path.subAttribute == nil {
                object[ignoringCase: path.attribute] = nil
            }
            return
        }
        let items = object[ignoringCase: path.attribute]?.arrayValue ?? []
        object[ignoringCase: path.attribute] = .array(
            items.compactMap { item in
                guard let element = item.objectValue, filter.matches(element) else { return item }
                guard let sub = path.subAttribute else { return nil }
                var kept = element
                kept[ignoringCase: sub] = nil
                return .object(kept)
            })
    }

    /// Runs `change` on the object the path lives in: the document, or its extension's object.
    private static func edit(_ path: PeerPath, in document: inout JSONObject, _ change: (inout JSONObject) -> Void) {
        guard let schema = path.schema else { return change(&document) }
        var container = document[ignoringCase: schema]?.objectValue ?? JSONObject()
        change(&container)
        document[ignoringCase: schema] = .object(container)
        declare(schema, in: &document)
    }

    /// An extension with values is listed in `schemas` (RFC 7643 §3).
    private static func declare(_ schema: String, in document: inout JSONObject) {
        var schemas = document[ignoringCase: "schemas"]?.arrayValue ?? [.string(PeerDirectory.userSchema)]
        if !schemas.contains(where: { $0.stringValue?.lowercased() == schema.lowercased() }) { schemas.append(.string(schema)) }
        document[ignoringCase: "schemas"] = .array(schemas)
    }
}
