import Foundation
import Hummingbird
import SCIM

/// Reads `If-Match` (RFC 7644 §3.14): `W/"3"` or `"3"` names version 3; `*` or no header means any version.
enum IfMatch {
    static func version(in request: Request) throws -> Int? {
        guard let header = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), header != "*" else { return nil }
        var tag = Substring(header)
        if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
        if tag.hasPrefix("\"") && tag.hasSuffix("\"") && tag.count >= 2 { tag = tag.dropFirst().dropLast() }
        guard let version = Int(tag) else {
            throw SCIMError.preconditionFailed("If-Match \(header) is not an ETag this server issued (they look like W/\"3\").")
        }
        return version
    }
}
