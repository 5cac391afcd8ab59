import Provisioning

extension SCIMError {
    /// The error body (RFC 7644 §3.12). `status` is a JSON string, as the RFC's schema says and as
    /// Okta's SPEC test compares it (docs/idp-wire.md §3.3).
    public var json: JSONObject {
        var object = JSONObject()
        object["schemas"] = .array([.string(SchemaURN.error)])
        object["status"] = .string(String(status))
        if let scimType { object["scimType"] = .string(scimType) }
        object["detail"] = .string(detail)
        return object
    }

    /// An `invalidSyntax` error for a body the JSON parser rejected, with the byte offset.
    public init(_ syntaxError: JSONParser.SyntaxError) {
        self = .invalidSyntax("The request body is not valid JSON: \(syntaxError.reason) at byte \(syntaxError.offset).")
    }
}

/// Turns request bytes into the JSON object every SCIM request body must be (RFC 7644 §3.1).
public enum RequestBody {
    /// Parses `bytes` as JSON and requires a top-level object.
    public static func object(from bytes: [UInt8]) throws(SCIMError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: bytes)
        } catch {
            throw SCIMError(error)
        }
        guard let object = value.objectValue else {
            throw .invalidSyntax("The request body must be a JSON object.")
        }
        return object
    }
}
