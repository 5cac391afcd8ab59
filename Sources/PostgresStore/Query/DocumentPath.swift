import Provisioning

/// Paths into a stored document, bound as one `text[]` parameter for PostgreSQL's `#>` operator.
///
/// Documents keep attributes in their schema's canonical spelling, extension attributes inside their
/// URN container: `{"urn:…:enterprise:2.0:User", "employeeNumber"}`.
enum DocumentPath {
    static let coreSchemas: Set<String> = [
        "urn:ietf:params:scim:schemas:core:2.0:user",
        "urn:ietf:params:scim:schemas:core:2.0:group",
    ]

    /// The labels leading to `path.attribute` (without the sub-attribute).
    static func attributeLabels(_ path: AttributePath) throws -> SQLValue {
        try labels(attributeLabelList(path))
    }

    static func fullLabels(_ path: AttributePath) throws -> SQLValue {
        try labels(attributeLabelList(path) + (path.subAttribute.map { [$0] } ?? []))
    }

    private static func attributeLabelList(_ path: AttributePath) -> [String] {
        if let schema = path.schema, !coreSchemas.contains(schema.lowercased()) {
            return [schema, path.attribute]
        }
        return [path.attribute]
    }

    /// Refuses labels no SCIM attribute name can have (RFC 7643 §2.1 ATTRNAME), as the SQLite store does.
    static func labels(_ labels: [String]) throws -> SQLValue {
        for label in labels where label.isEmpty || label.contains("\"") || label.contains("\\") {
            throw StoreError.unsupportedQuery("'\(label)' is not a valid attribute name")
        }
        return .textArray(labels)
    }
}
