import Provisioning

/// JSON paths into a stored document, always passed to SQLite as bound parameters.
///
/// Documents keep attributes in their schema's canonical spelling, extension attributes inside their
/// URN container: `$."urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"."employeeNumber"`.
/// Every label is double-quoted, so URNs with `:` and `.` need no escaping.
enum DocumentPath {
    static let coreSchemas: Set<String> = [
        "urn:ietf:params:scim:schemas:core:2.0:user",
        "urn:ietf:params:scim:schemas:core:2.0:group",
    ]

    /// The labels leading to `path.attribute` (without the sub-attribute).
    static func attributeLabels(_ path: AttributePath) -> [String] {
        if let schema = path.schema, !coreSchemas.contains(schema.lowercased()) {
            return [schema, path.attribute]
        }
        return [path.attribute]
    }

    static func labels(_ path: AttributePath) -> [String] {
        attributeLabels(path) + (path.subAttribute.map { [$0] } ?? [])
    }

    /// `$."a"."b"`; labels containing `"` or `\` cannot be expressed in SQLite's path syntax and never
    /// occur in SCIM attribute names (RFC 7643 §2.1 ATTRNAME), so they are refused.
    static func json(_ labels: [String]) throws -> String {
        var path = "$"
        for label in labels {
            guard !label.isEmpty, !label.contains("\""), !label.contains("\\") else {
                throw StoreError.unsupportedQuery("'\(label)' is not a valid attribute name")
            }
            path += ".\"\(label)\""
        }
        return path
    }
}
