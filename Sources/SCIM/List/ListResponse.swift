import Provisioning

/// The ListResponse message (RFC 7644 §3.4.2): integers, never strings (docs/idp-wire.md §2.9, Q19).
public enum ListResponse {
    public static func json(resources: [JSONObject], totalResults: Int, startIndex: Int) -> JSONObject {
        JSONObject([
            ("schemas", .array([.string(SchemaURN.listResponse)])),
            ("totalResults", .number(Double(totalResults))),
            ("startIndex", .number(Double(startIndex))),
            ("itemsPerPage", .number(Double(resources.count))),
            ("Resources", .array(resources.map(JSONValue.object))),
        ])
    }
}
