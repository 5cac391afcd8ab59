import Provisioning

/// One attribute definition (RFC 7643 §7, "attributes"). The same definitions drive request
/// validation, output projection, filter resolution and the `/Schemas` discovery document.
public struct SchemaAttribute: Sendable, Hashable {
    /// RFC 7643 §2.3 data types; shared with the query model so filters carry the schema's type.
    public typealias AttributeType = AttributePath.ValueType

    /// RFC 7643 §7 "mutability".
    public enum Mutability: String, Sendable {
        case readOnly, readWrite, immutable, writeOnly
    }

    /// RFC 7643 §7 "returned".
    public enum Returned: String, Sendable {
        case always, never, `default`, request
    }

    /// RFC 7643 §7 "uniqueness".
    public enum Uniqueness: String, Sendable {
        case none, server, global
    }

    /// The canonical spelling, which the stored document uses.
    public var name: String
    public var type: AttributeType
    public var multiValued: Bool
    public var required: Bool
    /// Whether string comparisons (filters, uniqueness) respect case (RFC 7643 §2.1).
    public var caseExact: Bool
    public var mutability: Mutability
    public var returned: Returned
    public var uniqueness: Uniqueness
    /// For complex attributes; complex attributes never nest (RFC 7643 §2.3.8).
    public var subAttributes: [SchemaAttribute]
    /// Suggested values (`work`, `home`, …); others are accepted (RFC 7643 §7).
    public var canonicalValues: [String]
    /// For references: `User`, `Group`, `external`, `uri` (RFC 7643 §7).
    public var referenceTypes: [String]
    public var description: String

    public init(
        name: String, type: AttributeType, multiValued: Bool = false, required: Bool = false,
        caseExact: Bool = false, mutability: Mutability = .readWrite, returned: Returned = .default,
        uniqueness: Uniqueness = .none, subAttributes: [SchemaAttribute] = [], canonicalValues: [String] = [],
        referenceTypes: [String] = [], description: String = ""
    ) {
        self.name = name
        self.type = type
        self.multiValued = multiValued
        self.required = required
        self.caseExact = caseExact
        self.mutability = mutability
        self.returned = returned
        self.uniqueness = uniqueness
        self.subAttributes = subAttributes
        self.canonicalValues = canonicalValues
        self.referenceTypes = referenceTypes
        self.description = description
    }

    /// The sub-attribute whose name matches ignoring case (RFC 7643 §2.1).
    public func subAttribute(named name: some StringProtocol) -> SchemaAttribute? {
        subAttributes.first { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// Whether a client may never write this attribute; such values in requests are ignored.
    var isServerOwned: Bool { mutability == .readOnly }

    /// Whether the server never returns this attribute (`password`).
    var isNeverReturned: Bool { returned == .never || mutability == .writeOnly }
}
