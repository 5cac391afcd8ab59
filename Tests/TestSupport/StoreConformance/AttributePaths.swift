import Provisioning

/// Attribute paths as the SCIM layer resolves them (canonical names, RFC 7643 traits), for filter
/// and sort tests.
public enum AttributePaths {
    public static let id = AttributePath(attribute: "id", caseExact: true)
    public static let externalId = AttributePath(attribute: "externalId", caseExact: true)
    public static let userName = AttributePath(attribute: "userName")
    public static let displayName = AttributePath(attribute: "displayName")
    public static let givenName = AttributePath(attribute: "name", subAttribute: "givenName")
    public static let familyName = AttributePath(attribute: "name", subAttribute: "familyName")
    public static let title = AttributePath(attribute: "title")
    public static let nickName = AttributePath(attribute: "nickName")
    public static let active = AttributePath(attribute: "active", type: .boolean)
    public static let created = AttributePath(attribute: "meta", subAttribute: "created", type: .dateTime)
    public static let lastModified = AttributePath(attribute: "meta", subAttribute: "lastModified", type: .dateTime)
    public static let location = AttributePath(attribute: "meta", subAttribute: "location", type: .reference)
    public static let name = AttributePath(attribute: "name", type: .complex)
    public static let emails = AttributePath(attribute: "emails", type: .complex, multiValued: true)
    public static let emailsValue = AttributePath(attribute: "emails", subAttribute: "value", multiValued: true)
    public static let emailsType = AttributePath(attribute: "emails", subAttribute: "type", multiValued: true)
    public static let phoneNumbersValue = AttributePath(attribute: "phoneNumbers", subAttribute: "value", multiValued: true)
    public static let department = AttributePath(schema: StoreFixtures.enterpriseSchema, attribute: "department")
    public static let division = AttributePath(schema: StoreFixtures.enterpriseSchema, attribute: "division")
    public static let employeeNumber = AttributePath(schema: StoreFixtures.enterpriseSchema, attribute: "employeeNumber")
    public static let costCenter = AttributePath(schema: StoreFixtures.enterpriseSchema, attribute: "costCenter")
    public static let hireDate = AttributePath(attribute: "hireDate", type: .dateTime)
    public static let level = AttributePath(attribute: "level", type: .integer)
    public static let members = AttributePath(attribute: "members", type: .complex, multiValued: true)
    public static let membersValue = AttributePath(attribute: "members", subAttribute: "value", multiValued: true)
    public static let membersDisplay = AttributePath(attribute: "members", subAttribute: "display", multiValued: true)
    public static let groupsValue = AttributePath(attribute: "groups", subAttribute: "value", multiValued: true)

    /// Relative paths inside a value filter (`emails[type eq "work"]`).
    public static func sub(_ name: String, type: AttributePath.ValueType = .string, caseExact: Bool = false) -> AttributePath {
        AttributePath(attribute: name, type: type, caseExact: caseExact)
    }
}

/// Shorthands for building filters in the conformance checks.
func eq(_ path: AttributePath, _ value: String) -> Filter { .comparison(path, .eq, .string(value)) }
func compare(_ path: AttributePath, _ op: ComparisonOperator, _ value: String) -> Filter { .comparison(path, op, .string(value)) }
