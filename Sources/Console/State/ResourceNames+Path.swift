import Foundation

extension ResourceNames {
    /// A SCIM path as the Traffic table shows it: what follows /scim/v2, decoded, with resource ids
    /// as the resource's name when known, else {id} ("/Users/ada@example.com", "/Groups/{id}",
    /// "/Users?filter=userName eq "ada@example.com""). The `/` filter matches this form too, so an
    /// admin finds a request by what the screen says.
    func displayPath(_ path: String) -> String {
        let relative = path.hasPrefix("/scim/v2/") ? String(path.dropFirst("/scim/v2".count)) : path
        let decoded = relative.removingPercentEncoding ?? relative
        let queryStart = decoded.firstIndex(of: "?") ?? decoded.endIndex
        let segments: [String] = decoded[..<queryStart].split(separator: "/", omittingEmptySubsequences: false).map { segment in
            guard Self.isIdentifier(segment) else { return String(segment) }
            return name(of: String(segment)) ?? "{id}"
        }
        return segments.joined(separator: "/") + String(decoded[queryStart...])
    }

    /// A UUID-like path segment: long, hex digits and dashes only.
    static func isIdentifier(_ segment: Substring) -> Bool {
        segment.count >= 16 && segment.allSatisfy { $0.isHexDigit || $0 == "-" }
    }
}
