import Provisioning

/// One PATCH operation (RFC 7644 §3.5.2). `path` stays text until a patcher resolves it against
/// the resource type.
public struct PatchOperation: Sendable, Hashable {
    public enum Op: String, Sendable, CaseIterable {
        case add, remove, replace
    }

    public var op: Op
    public var path: String?
    public var value: JSONValue?

    public init(op: Op, path: String? = nil, value: JSONValue? = nil) {
        self.op = op
        self.path = path
        self.value = value
    }
}

/// A PatchOp message (RFC 7644 §3.5.2): an ordered, non-empty list of operations applied atomically.
public struct PatchRequest: Sendable, Hashable {
    public var operations: [PatchOperation]

    public init(operations: [PatchOperation]) {
        self.operations = operations
    }

    /// Validates the message structure; attribute paths are checked when the operations are applied.
    public static func parse(_ body: JSONObject) throws(SCIMError) -> PatchRequest {
        if let schemas = body[ignoringCase: "schemas"] {
            // DialectRule.missingPatchSchemas: absence is tolerated, a wrong value is not.
            let listed = Dialect.elements(of: schemas).contains { $0.stringValue?.equalsIgnoringASCIICase(SchemaURN.patchOp) == true }
            guard listed else { throw .invalidSyntax("'schemas' must be [\"\(SchemaURN.patchOp)\"] for a PATCH request.") }
        }
        guard let operationsValue = body[ignoringCase: "Operations"] else {
            throw .invalidSyntax("A PATCH request needs an 'Operations' array (RFC 7644 §3.5.2).")
        }
        guard case .array(let elements) = operationsValue else {
            throw .invalidSyntax("'Operations' must be an array of operations.")
        }
        guard !elements.isEmpty else { throw .invalidValue("'Operations' must contain at least one operation.") }
        var operations: [PatchOperation] = []
        operations.reserveCapacity(elements.count)
        for (offset, element) in elements.enumerated() {
            operations.append(try operation(element, number: offset + 1))
        }
        return PatchRequest(operations: operations)
    }

    private static func operation(_ element: JSONValue, number: Int) throws(SCIMError) -> PatchOperation {
        let label = "operation \(number)"
        guard case .object(let object) = element else { throw .invalidSyntax("\(label) must be a JSON object.") }
        guard let opText = object[ignoringCase: "op"]?.stringValue else {
            throw .invalidSyntax("\(label) needs an 'op' of add, remove or replace.")
        }
        // DialectRule.patchOpAnyCase
        guard let op = Dialect.patchOp(from: opText) else {
            throw .invalidValue("\(label) has op '\(opText)'; expected add, remove or replace.")
        }
        var path: String?
        switch object[ignoringCase: "path"] {
        case nil, .null?: path = nil
        case .string(let text)?: path = text.allSatisfy(\.isWhitespace) ? nil : text
        default: throw .invalidPath("\(label) has a 'path' that is not a string.")
        }
        let value = object.storedKey(matching: "value").flatMap { object[$0] }
        switch op {
        case .remove:
            guard path != nil else { throw .noTarget("\(label): 'remove' needs a 'path' (RFC 7644 §3.5.2.2).") }
        case .add, .replace:
            guard let value else { throw .invalidValue("\(label): '\(op.rawValue)' needs a 'value'.") }
            if path == nil, value.objectValue == nil {
                throw .invalidValue("\(label): without a 'path', 'value' must be an object of attributes to \(op.rawValue).")
            }
        }
        return PatchOperation(op: op, path: path, value: value)
    }
}
