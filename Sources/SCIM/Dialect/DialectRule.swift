/// Every request shape from a real identity provider that plain RFC 7643/7644 processing would get
/// wrong or reject, with the code that handles it. Each case names the request it exists for; grep
/// for `DialectRule.<name>` (or the rule's name in comments) to find where it is applied.
///
/// The requests and their sources (Okta's and Microsoft's documentation) are in docs/idp-wire.md, whose §7
/// maps every rule to its section.
public enum DialectRule: String, Sendable, CaseIterable {
    /// Entra sends `"op":"Add"`, `"Replace"`, `"Remove"`; Okta sends lowercase. Matched ignoring case
    /// in `PatchRequest.parse`.
    case patchOpAnyCase
    /// Entra sends booleans as strings (`"active":"False"`), and Okta's PUT echoes whatever we returned
    /// (docs/idp-wire.md Q7). `"true"`/`"false"` in any case are accepted wherever a boolean is expected,
    /// including filter values. Applied by `Dialect.boolean(from:)`.
    case stringBooleans
    /// Entra sets the manager with a bare id:
    /// `{"op":"Add","path":"urn:…:enterprise:2.0:User:manager","value":"<id>"}`. A string given for a
    /// complex attribute that has a `value` sub-attribute becomes `{"value": "<id>"}`.
    case stringForComplexValue
    /// A PATCH operation without `path` whose `value` is an object of attributes: Okta's
    /// deactivate `{"op":"replace","value":{"active":false}}` (docs/idp-wire.md Q3, §2.6) and Entra's value
    /// objects whose keys are paths (`"name.givenName"`, `"urn:…:enterprise:2.0:User:department"`).
    /// Each key is applied as if it were the operation's path (RFC 7644 §3.5.2.1/§3.5.2.3).
    case noPathValueObject
    /// Okta's group rename `{"op":"replace","value":{"id":"<groupId>","displayName":"<name>"}}` carries
    /// the group's own `id`; an `id` equal to the resource's id is ignored rather than a mutability error.
    case valueObjectEchoesID
    /// Okta sends the rename PATCH after **every** membership PATCH, even when the name is unchanged
    /// (docs/idp-wire.md Q6). `GroupPatchPlan.profileChanged` lets the server skip the write.
    case renameAfterMembershipChange
    /// Okta's PUT echoes the GET response: `id`, `meta`, `groups`, `schemas` (docs/idp-wire.md Q13, E5). These
    /// server attributes are dropped from request bodies and never cause a 400. Echoed client
    /// attributes Okta does not manage (`name.formatted`) are ordinary read-write values and round-trip.
    case putEchoesServerAttributes
    /// Okta always sends a random `password` on create and may sync passwords with
    /// `{"op":"replace","value":{"password":"…"}}` (docs/idp-wire.md §2.3, §2.8). Accepted and discarded.
    case passwordIgnored
    /// Okta has sent both `"locale":"en_US"` (2019 capture) and `"en-US"` (2024 docs). Locale is stored
    /// as sent and never validated.
    case localeEitherSpelling
    /// Okta encodes query spaces as `+` (`filter=userName+eq+%22…%22`) or `%20`, and Runscope sends raw
    /// spaces and quotes; Hummingbird does not decode `+`. Handled by `QueryString.parse`.
    case plusAsSpaceInQuery
    /// Entra removes members with a value list instead of a filter:
    /// `{"op":"Remove","path":"members","value":[{"value":"<id>"}]}`. Only those members are removed.
    case removeWithValueList
    /// Entra adds with a value-filter path when no element matches yet:
    /// `{"op":"Add","path":"emails[type eq \"work\"].value","value":"a@b.c"}`. The element is created
    /// from the filter's `eq` terms. (`replace` with no match stays `noTarget`, RFC 7644 §3.5.2.3.)
    case addCreatesFilteredElement
    /// PatchOp bodies without `schemas` are accepted (docs/idp-wire.md Q24); a wrong `schemas` is rejected.
    case missingPatchSchemas
    /// A single object where a multi-valued attribute expects an array (`"emails":{"value":…}`, or
    /// `{"op":"add","path":"emails","value":{…}}`) is treated as a one-element array.
    case singleValueForMultiValued
    /// OIN QA "Verify Update To Push Empty Values" (C9337): `null` unassigns an attribute, `""` is kept
    /// for strings and unassigns booleans and complex attributes. Never a 400.
    case emptyValues
    /// Entra documents `emails[type eq "work"].value eq "x"` in filters; it is read as
    /// `emails[type eq "work" and value eq "x"]`.
    case valuePathSubAttributeInFilter

    /// The request shape the rule exists for, as it appears on the wire.
    public var example: String {
        switch self {
        case .patchOpAnyCase: #"{"op":"Replace","path":"displayName","value":"Ann"}"#
        case .stringBooleans: #"{"op":"Replace","path":"active","value":"False"}"#
        case .stringForComplexValue:
            #"{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"26118915"}"#
        case .noPathValueObject: #"{"op":"replace","value":{"active":false}}"#
        case .valueObjectEchoesID: #"{"op":"replace","value":{"id":"abf4dd94","displayName":"Test SCIMv2"}}"#
        case .renameAfterMembershipChange: #"{"op":"replace","value":{"id":"abf4dd94","displayName":"Unchanged"}}"#
        case .putEchoesServerAttributes: #"PUT /Users/{id} {"id":"…","meta":{…},"groups":[],"userName":"…"}"#
        case .passwordIgnored: #"{"userName":"a@b.c","password":"1mz050nq"}"#
        case .localeEitherSpelling: #"{"locale":"en_US"}"#
        case .plusAsSpaceInQuery: #"?filter=userName+eq+%22jane.doe%40example.com%22"#
        case .removeWithValueList: #"{"op":"Remove","path":"members","value":[{"value":"89bb1940"}]}"#
        case .addCreatesFilteredElement: #"{"op":"Add","path":"emails[type eq \"work\"].value","value":"a@b.c"}"#
        case .missingPatchSchemas: #"{"Operations":[{"op":"replace","value":{"active":false}}]}"#
        case .singleValueForMultiValued: #"{"emails":{"value":"a@b.c","primary":true}}"#
        case .emptyValues: #"{"name":{"middleName":""},"title":null}"#
        case .valuePathSubAttributeInFilter: #"emails[type eq "work"].value eq "a@b.c""#
        }
    }

    /// Which client the rule exists for.
    public var origin: String {
        switch self {
        case .patchOpAnyCase, .stringForComplexValue, .removeWithValueList, .addCreatesFilteredElement,
            .valuePathSubAttributeInFilter:
            "Entra"
        case .stringBooleans, .noPathValueObject: "Okta, Entra"
        case .valueObjectEchoesID, .renameAfterMembershipChange, .putEchoesServerAttributes, .passwordIgnored,
            .localeEitherSpelling, .plusAsSpaceInQuery, .emptyValues:
            "Okta"
        case .missingPatchSchemas, .singleValueForMultiValued: "lenient (any client)"
        }
    }
}
