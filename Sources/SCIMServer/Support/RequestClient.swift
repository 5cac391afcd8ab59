import Hummingbird

/// Who sent a request, as support needs it in the traffic record: the headers with the bearer
/// token replaced, and the User-Agent (Okta's "Okta SCIM Client", Entra's "Azure AD SCIM Client").
enum RequestClient {
    /// `Name: value` lines in arrival order; `Authorization` keeps its scheme, never its credential.
    static func headers(_ fields: HTTPFields) -> String {
        fields.map { field in
            let value = field.name == .authorization ? redactedAuthorization(field.value) : field.value
            return "\(field.name.rawName): \(value)"
        }.joined(separator: "\n")
    }

    /// "Bearer [redacted]": which scheme was used helps support, the secret never appears.
    static func redactedAuthorization(_ value: String) -> String {
        let scheme = value.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        return scheme.isEmpty || scheme.count == value.count ? "[redacted]" : "\(scheme) [redacted]"
    }
}
