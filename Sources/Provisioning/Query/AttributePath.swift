/// A resolved attribute reference in a filter or sort (RFC 7644 §3.10), in canonical spelling.
///
/// The SCIM layer resolves what the client wrote against the schema before the query reaches a store,
/// so stores translate only attributes they were told exist, with their traits attached.
public struct AttributePath: Sendable, Hashable, CustomStringConvertible {
    public enum ValueType: String, Sendable {
        case string, boolean, decimal, integer, dateTime, reference, complex, binary
    }

    /// Schema URN for extension attributes (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`), else nil.
    public var schema: String?
    public var attribute: String
    public var subAttribute: String?
    /// Type of the addressed value (the sub-attribute when there is one).
    public var type: ValueType
    public var caseExact: Bool
    /// Whether `attribute` is multi-valued (`emails`, `members`, …).
    public var multiValued: Bool

    public init(
        schema: String? = nil, attribute: String, subAttribute: String? = nil,
        type: ValueType = .string, caseExact: Bool = false, multiValued: Bool = false
    ) {
        self.schema = schema
        self.attribute = attribute
        self.subAttribute = subAttribute
        self.type = type
        self.caseExact = caseExact
        self.multiValued = multiValued
    }

    /// `attribute.subAttribute` without the schema, e.g. `name.givenName`.
    public var dottedName: String {
        subAttribute.map { "\(attribute).\($0)" } ?? attribute
    }

    public var description: String {
        schema.map { "\($0):\(dottedName)" } ?? dottedName
    }
}
