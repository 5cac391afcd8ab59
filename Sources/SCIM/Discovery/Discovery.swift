import Provisioning

/// The discovery endpoints (RFC 7644 §4), generated from the same schema model that validates
/// requests, so what the server advertises is what it does.
public enum Discovery {
    /// `GET /ServiceProviderConfig` (RFC 7643 §5). PATCH, filtering, sorting and ETags are
    /// supported; bulk and password change are not; bearer tokens authenticate.
    public static func serviceProviderConfig(
        baseURL: String, maxResults: Int = ListRequest.defaultMaxCount, maxPayloadBytes: Int = 1_048_576
    ) -> JSONObject {
        let base = ResourceLocation.trimmed(baseURL)
        func supported(_ flag: Bool) -> JSONValue { .object(JSONObject([("supported", .bool(flag))])) }
        return JSONObject([
            ("schemas", .array([.string(SchemaURN.serviceProviderConfig)])),
            ("documentationUri", "https://www.rfc-editor.org/rfc/rfc7644"),
            ("patch", supported(true)),
            (
                "bulk",
                .object(
                    JSONObject([
                        ("supported", false), ("maxOperations", 0), ("maxPayloadSize", .number(Double(maxPayloadBytes))),
                    ]))
            ),
            ("filter", .object(JSONObject([("supported", true), ("maxResults", .number(Double(maxResults)))]))),
            ("changePassword", supported(false)),
            ("sort", supported(true)),
            ("etag", supported(true)),
            (
                "authenticationSchemes",
                .array([
                    .object(
                        JSONObject([
                            ("type", "oauthbearertoken"),
                            ("name", "OAuth Bearer Token"),
                            ("description", "Authentication with the provisioning token issued for the identity provider."),
                            ("specUri", "https://www.rfc-editor.org/info/rfc6750"),
                            ("primary", true),
                        ]))
                ])
            ),
            (
                "meta",
                .object(
                    JSONObject([
                        ("resourceType", "ServiceProviderConfig"),
                        ("location", .string("\(base)/ServiceProviderConfig")),
                    ]))
            ),
        ])
    }

    /// `GET /ResourceTypes` as a ListResponse (RFC 7644 §4).
    public static func resourceTypes(baseURL: String) -> JSONObject {
        let resources = ResourceType.allCases.map { resourceTypeJSON($0, baseURL: baseURL) }
        return ListResponse.json(resources: resources, totalResults: resources.count, startIndex: 1)
    }

    /// `GET /ResourceTypes/{name}` (name ignoring case), or nil for an unknown name (a 404).
    public static func resourceType(named name: String, baseURL: String = "") -> JSONObject? {
        ResourceType(name: name).map { resourceTypeJSON($0, baseURL: baseURL) }
    }

    /// `GET /Schemas` as a ListResponse (RFC 7644 §4).
    public static func schemas(baseURL: String) -> JSONObject {
        let resources = Schema.all.map { schemaJSON($0, baseURL: baseURL) }
        return ListResponse.json(resources: resources, totalResults: resources.count, startIndex: 1)
    }

    /// `GET /Schemas/{urn}` (URN ignoring case), or nil for an unknown URN (a 404).
    public static func schema(id: String, baseURL: String = "") -> JSONObject? {
        Schema.named(id).map { schemaJSON($0, baseURL: baseURL) }
    }
}
