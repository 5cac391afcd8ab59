/// A PATCH path on a user (RFC 7644 §3.5.2 `PATH` grammar, the parts this server supports):
/// `attr`, `attr.sub`, `attr[sub eq "v"]`, `attr[sub eq "v"].sub`, each optionally prefixed by a
/// schema URN (`urn:…:enterprise:2.0:User:department`), which names the extension object it lives in.
struct PeerPath: Sendable {
    /// The extension schema URN whose object holds the attribute; nil for the core schema.
    let schema: String?
    let attribute: String
    let filter: PeerFilter?
    let subAttribute: String?

    init(_ text: String) throws(PeerError) {
        let invalid = PeerError(400, "invalidPath", detail: "\(text) is not a path this server understands.")
        var rest = Substring(text)
        let head = rest.prefix { $0 != "[" }
        if head.lowercased().hasPrefix("urn:") {
            guard let colon = head.lastIndex(of: ":") else { throw invalid }
            let urn = String(head[..<colon])
            schema = urn.lowercased() == PeerDirectory.userSchema.lowercased() ? nil : urn
            rest = rest[rest.index(after: colon)...]
        } else {
            schema = nil
        }
        if let open = rest.firstIndex(of: "[") {
            guard let close = rest.firstIndex(of: "]"), open < close else { throw invalid }
            attribute = String(rest[..<open])
            filter = try PeerFilter(String(rest[rest.index(after: open)..<close]), allowing: nil)
            let after = rest[rest.index(after: close)...]
            guard after.isEmpty || after.first == "." else { throw invalid }
            subAttribute = after.isEmpty ? nil : String(after.dropFirst())
        } else {
            let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { throw invalid }
            attribute = String(parts[0])
            filter = nil
            subAttribute = parts.count == 2 ? String(parts[1]) : nil
        }
        let names = [attribute] + (subAttribute.map { [$0] } ?? [])
        guard names.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" || $0 == "-" } })
        else { throw invalid }
        if schema == nil, ["id", "meta"].contains(attribute.lowercased()) {
            throw PeerError(400, "mutability", detail: "\(attribute) is assigned by the server.")
        }
    }
}
