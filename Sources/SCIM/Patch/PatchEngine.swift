import Provisioning

/// Applies PATCH operations (RFC 7644 §3.5.2) to a resource's canonical document. The patchers map
/// the result back through `UserMapping`/`GroupMapping`, so a PATCH is validated exactly like a PUT.
struct PatchEngine {
    let type: ResourceType
    /// The resource's `id`, which value objects may echo (DialectRule.valueObjectEchoesID).
    let resourceID: String
    var document: JSONObject
    /// Paths the caller handles itself (a group's `members`): collected in order, not applied.
    var isDeferred: (PatchPath) -> Bool = { _ in false }
    private(set) var deferred: [(op: PatchOperation.Op, path: PatchPath, value: JSONValue?)] = []

    init(type: ResourceType, resourceID: String, document: JSONObject, isDeferred: @escaping (PatchPath) -> Bool = { _ in false }) {
        self.type = type
        self.resourceID = resourceID
        self.document = document
        self.isDeferred = isDeferred
    }

    var normalizer: DocumentNormalizer { DocumentNormalizer(type: type) }

    /// Applies one operation with a path, or, without one, each attribute of its value object.
    mutating func apply(_ operation: PatchOperation) throws(SCIMError) {
        if let pathText = operation.path {
            try apply(operation.op, PatchPath.parse(pathText, for: type), operation.value)
        } else if case .object(let object)? = operation.value {
            try applyValueObject(operation.op, object)
        }
    }

    /// DialectRule.noPathValueObject: every key is a path (`active`, `name.givenName`,
    /// `urn:…:enterprise:2.0:User:department`) and is applied as if it were the operation's path;
    /// this is RFC 7644 §3.5.2.1/§3.5.2.3 for plain names and Entra's habit for the rest.
    mutating func applyValueObject(_ op: PatchOperation.Op, _ object: JSONObject) throws(SCIMError) {
        for (key, value) in object.pairs {
            let path = try PatchPath.parse(key, for: type)
            if case .attribute(let resolved) = path.target, path.filter == nil, resolved.attribute.isServerOwned {
                // DialectRule.valueObjectEchoesID / putEchoesServerAttributes: `id` equal to ours, `meta`,
                // `schemas`, `groups` are echoes of our own output, not change requests.
                if resolved.attribute.name == "id", resolved.subAttribute == nil, value.stringValue != resourceID {
                    throw .mutability(
                        "'id' is assigned by the server and cannot be changed (got '\(value.stringValue ?? value.kindName)').")
                }
                continue
            }
            try apply(op, path, value)
        }
    }

    mutating func apply(_ op: PatchOperation.Op, _ path: PatchPath, _ value: JSONValue?) throws(SCIMError) {
        if isDeferred(path) {
            deferred.append((op, path, value))
            return
        }
        switch path.target {
        case .unknown(nil, let urn, nil) where urn.hasPrefixIgnoringASCIICase("urn:") && op != .remove:
            // An undeclared extension's container: its members merge like a declared extension's (§3.5.2.3).
            guard case .object(let object)? = value else { throw .invalidValue("'\(urn)' needs an object of extension attributes.") }
            for (key, member) in object.pairs { try apply(op, PatchPath.parse("\(urn):\(key)", for: type), member) }
        case .unknown(let container, let name, let sub):
            let newValue = op == .remove || value?.isNull == true ? nil : value
            try updateLocation(container: container, name: name) { current throws(SCIMError) in
                guard let sub else {
                    current = newValue
                    return
                }
                if let current, current.objectValue == nil {
                    throw .invalidPath(
                        "'\(path.text)' addresses a sub-attribute of '\(name)', which holds \(current.kindName), not an object")
                }
                var object = current?.objectValue ?? JSONObject()
                object.setCanonical(sub, newValue)
                current = object.isEmpty ? nil : .object(object)
            }
        case .schema(let schema) where schema.id == type.schema.id:
            if op == .remove { throw .noTarget("the resource itself cannot be removed with PATCH (path '\(path.text)')") }
            guard case .object(let object)? = value else { throw .invalidValue("'\(path.text)' needs an object value.") }
            try applyValueObject(op, object)
        case .schema(let schema):
            try applyToExtension(op, schema, value, path: path)
        case .attribute(let resolved):
            let attribute = resolved.attribute
            // DialectRule.passwordIgnored: password sync PATCHes succeed and store nothing.
            if attribute.isNeverReturned { return }
            if attribute.isServerOwned {
                throw .mutability("'\(attribute.name)' is read-only and cannot be changed (path '\(path.text)').")
            }
            // Read-only sub-attributes (`manager.displayName`) are the server's to fill, as in bodies.
            if let sub = resolved.subAttribute, sub.isServerOwned { return }
            let engine = self
            try updateLocation(container: resolved.extensionURN, name: attribute.name) { current throws(SCIMError) in
                try engine.modify(&current, op, resolved, filter: path.filter, value: value, path: path.text)
            }
        }
    }

    /// Add/replace merge attributes into the extension container; remove drops the whole extension.
    private mutating func applyToExtension(_ op: PatchOperation.Op, _ schema: Schema, _ value: JSONValue?, path: PatchPath)
        throws(SCIMError)
    {
        guard op != .remove else {
            document.setCanonical(schema.id, nil)
            return
        }
        guard case .object(let object)? = value else {
            throw .invalidValue("'\(schema.id)' needs an object of extension attributes.")
        }
        for (key, member) in object.pairs {
            try apply(op, PatchPath.parse("\(schema.id):\(key)", for: type), member)
        }
    }

    /// Reads the value at `container`/`name` (case-insensitively), lets `change` edit it, writes it
    /// back canonically; an emptied extension container is removed.
    private mutating func updateLocation(
        container: String?, name: String, _ change: (inout JSONValue?) throws(SCIMError) -> Void
    ) throws(SCIMError) {
        guard let container else {
            var current = document[ignoringCase: name]
            try change(&current)
            document.setCanonical(name, current)
            return
        }
        var object = document[ignoringCase: container]?.objectValue ?? JSONObject()
        var current = object[ignoringCase: name]
        try change(&current)
        object.setCanonical(name, current)
        document.setCanonical(container, object.isEmpty ? nil : .object(object))
    }
}
