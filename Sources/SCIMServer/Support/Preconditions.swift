import Hummingbird
import Provisioning

/// Conditional requests (RFC 7644 §3.14, RFC 9110 §13.1): `If-Match` on PUT, PATCH and DELETE,
/// `If-None-Match` on GET. ETags are weak (`W/"3"`), so tags compare weakly: `"3"` names version 3 too.
enum Preconditions {
    /// The versions `If-Match` admits, or nil when there is no header or it is `*` (any version).
    /// Tags this server never issued admit nothing, so a write with only those answers 412.
    static func ifMatch(_ request: Request) -> VersionMatch? {
        guard let header = request.headers[.ifMatch] else { return nil }
        let tags = entityTags(in: header)
        guard !tags.contains("*") else { return nil }
        return VersionMatch(tags.compactMap(version))
    }

    /// Whether `If-None-Match` names the resource's current version (or is `*`): the client's copy is
    /// current and the answer is 304 without a body.
    static func ifNoneMatch(_ request: Request, matches meta: ResourceMeta) -> Bool {
        guard let header = request.headers[.ifNoneMatch] else { return false }
        let tags = entityTags(in: header)
        return tags.contains("*") || tags.compactMap(version).contains(meta.version)
    }

    /// The comma-separated list of entity tags (RFC 9110 §8.8.3); commas inside quotes do not split.
    static func entityTags(in header: String) -> [Substring] {
        var tags: [Substring] = []
        var start = header.startIndex
        var quoted = false
        for index in header.indices {
            if header[index] == "\"" { quoted.toggle() }
            if header[index] == ",", !quoted {
                tags.append(header[start..<index])
                start = header.index(after: index)
            }
        }
        tags.append(header[start...])
        return tags.map { $0.trimmingBlanks }.filter { !$0.isEmpty }
    }

    /// The version a tag names: `W/"3"` or `"3"`.
    static func version(of tag: Substring) -> Int? {
        var tag = tag
        if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
        guard tag.count >= 2, tag.hasPrefix("\""), tag.hasSuffix("\"") else { return nil }
        return Int(tag.dropFirst().dropLast())
    }
}
