import Foundation

/// What is wrong with a SCIM base URL as an IdP in the cloud would be given it, and what to do.
///
/// Okta accepts only `https://` base URLs, and neither Okta nor Entra can reach a loopback or
/// private address from their clouds. The serve banner, `token generate` and the console's Settings
/// and Advanced screens all show these same words.
public enum BaseURLAdvice {
    public static let remedy =
        "Serve HTTPS (scimdesk serve --tls-cert FILE --tls-key FILE) or put a TLS proxy in front and pass --public-url https://…/scim/v2."

    /// Problems with `url`, each one short line; empty when an IdP can use it.
    public static func problems(with url: String) -> [String] {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else { return ["\(url) is not a URL an IdP can use."] }
        var problems: [String] = []
        if scheme != "https" { problems.append("Okta accepts only https:// base URLs; this one is \(scheme)://.") }
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if let kind = privateKind(bare) {
            problems.append("\(bare.contains(":") ? "[\(bare)]" : bare) is \(kind): an IdP in the cloud cannot reach it.")
        }
        return problems
    }

    /// One short sentence for narrow screens, or nil when the URL is fine.
    public static func summary(for url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(), let host = components.host
        else { return problems(with: url).first }
        var issues: [String] = []
        if scheme != "https" { issues.append("\(scheme)://, not https://") }
        if let kind = privateKind(host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))) { issues.append(kind) }
        guard !issues.isEmpty else { return nil }
        return "Okta cannot use this URL (\(issues.joined(separator: "; "))). Use serve --tls-cert/--tls-key, "
            + "or a TLS proxy with --public-url https://…"
    }

    /// "a loopback address", "a private address", … or nil for a public name or address.
    static func privateKind(_ host: String) -> String? {
        let lower = host.lowercased()
        if lower == "localhost" || lower.hasSuffix(".localhost") || lower == "::1" || lower.hasPrefix("127.") {
            return "a loopback address"
        }
        if lower == "0.0.0.0" || lower == "::" { return "the any-address, not one clients can use" }
        if lower.hasSuffix(".local") || lower.hasSuffix(".internal") || lower.hasSuffix(".lan")
            || !lower.contains(".") && !lower.contains(":")
        {
            return "a local network name"
        }
        let octets = lower.split(separator: ".").compactMap { UInt8($0) }
        if octets.count == 4 {
            switch (octets[0], octets[1]) {
            case (10, _), (192, 168), (172, 16...31): return "a private address"
            case (169, 254): return "a link-local address"
            case (100, 64...127): return "a carrier-grade NAT address"
            default: return nil
            }
        }
        if lower.hasPrefix("fc") || lower.hasPrefix("fd") { return "a private address" }
        if lower.hasPrefix("fe80:") { return "a link-local address" }
        return nil
    }
}
