import Provisioning

extension Schema {
    /// The core User schema, complete (RFC 7643 §4.1, representation in §8.7.1).
    public static let user = Schema(
        id: SchemaURN.user, name: "User", description: "User Account",
        attributes: [
            .string(
                "userName", "Unique identifier for the user, used to sign in; unique per identity provider.",
                required: true, uniqueness: .server
            ),
            .complex(
                "name", "The components of the user's real name.",
                [
                    .string("formatted", "The full name, formatted for display."),
                    .string("familyName", "The family name (last name in most Western languages)."),
                    .string("givenName", "The given name (first name in most Western languages)."),
                    .string("middleName", "The middle name(s)."),
                    .string("honorificPrefix", "The honorific prefix(es), e.g. 'Ms.'."),
                    .string("honorificSuffix", "The honorific suffix(es), e.g. 'III'."),
                ]),
            .string("displayName", "The name of the user, suitable for display to end-users."),
            .string("nickName", "The casual way to address the user."),
            .reference("profileUrl", "A URI pointing to the user's online profile.", types: ["external"]),
            .string("title", "The user's title, such as 'Vice President'."),
            .string("userType", "The relationship between the organization and the user, e.g. 'Employee'."),
            .string("preferredLanguage", "Preferred written or spoken language (RFC 7231 Accept-Language form)."),
            .string("locale", "Default location for localizing dates, numbers and currency, e.g. 'en-US'."),
            .string("timezone", "Time zone in IANA format, e.g. 'America/Los_Angeles'."),
            .boolean(
                "active",
                "The user's administrative status. It cannot be removed or set to null; to deactivate the user, replace it with false."
            ),
            .string(
                "password", "The user's cleartext password; accepted and discarded, never stored or returned.",
                mutability: .writeOnly, returned: .never
            ),
            .plural(
                "emails", "Email addresses for the user.",
                value: .string("value", "The email address, canonicalized per RFC 5321."),
                types: ["work", "home", "other"]
            ),
            .plural(
                "phoneNumbers", "Phone numbers for the user.",
                value: .string("value", "The phone number, ideally in RFC 3966 form."),
                types: ["work", "home", "mobile", "fax", "pager", "other"]
            ),
            .plural(
                "ims", "Instant messaging addresses for the user.",
                value: .string("value", "The instant messaging address."),
                types: ["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"]
            ),
            .plural(
                "photos", "URLs of images of the user.",
                value: .reference("value", "The URL of an image of the user.", types: ["external"]),
                types: ["photo", "thumbnail"]
            ),
            .complex(
                "addresses", "Physical mailing addresses for the user.", multiValued: true,
                [
                    .string("formatted", "The full mailing address, formatted for display."),
                    .string("streetAddress", "The full street address component."),
                    .string("locality", "The city or locality component."),
                    .string("region", "The state or region component."),
                    .string("postalCode", "The zip code or postal code component."),
                    .string("country", "The country name component (ISO 3166-1 alpha-2)."),
                    .string("type", "A label indicating the address's function.", canonicalValues: ["work", "home", "other"]),
                    .boolean("primary", "Whether this is the preferred mailing address."),
                ]),
            .complex(
                "groups", "Groups the user belongs to; maintained by the server.", multiValued: true,
                mutability: .readOnly,
                [
                    .string("value", "The id of the group.", mutability: .readOnly),
                    .reference("$ref", "The URI of the group.", types: ["User", "Group"], mutability: .readOnly),
                    .string("display", "The group's displayName.", mutability: .readOnly),
                    .string(
                        "type", "How the membership came about.", mutability: .readOnly,
                        canonicalValues: ["direct", "indirect"]),
                ]),
            .plural(
                "entitlements", "Entitlements the user has.",
                value: .string("value", "The value of an entitlement."), types: []
            ),
            .plural("roles", "Roles the user has.", value: .string("value", "The value of a role."), types: []),
            .plural(
                "x509Certificates", "X.509 certificates issued to the user.",
                value: SchemaAttribute(name: "value", type: .binary, description: "A DER-encoded X.509 certificate."),
                types: []
            ),
        ]
    )
}
