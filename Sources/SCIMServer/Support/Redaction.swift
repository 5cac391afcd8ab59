import Foundation
import Provisioning

/// Keeps secrets out of traffic records: the value of any attribute whose name ends in `password`
/// (any case, URN-qualified or not, as a key or as a PATCH `path`) is replaced, a body that is not
/// valid JSON is cut before its first mention of a password, query parameters that mention one lose
/// their value, and bodies are cut to a limit.
enum Redaction {
    static let placeholder = "[redacted]"

    static func redact(_ body: String, limit: Int) -> String {
        let text: String
        // Parsing and re-serializing every body (a 10,000-member group is a megabyte) only to find no
        // secret cost more than the request itself: only bodies that mention "password" can hold one.
        if !mentionsPassword(body) {
            text = body
        } else if let value = try? JSONParser.parse(body) {
            text = redacting(value).serialized()
        } else {
            // Not JSON, so no attribute can be told from its value: keep only what precedes the first
            // mention, which is where a client's syntax error usually is not.
            text =
                String(decoding: body.utf8.prefix(firstMention(in: body)), as: UTF8.self)
                + "… [not valid JSON; the rest may hold a password and is not kept]"
        }
        guard text.utf8.count > limit else { return text }
        return String(decoding: text.utf8.prefix(limit), as: UTF8.self) + "… (cut at \(limit) bytes)"
    }

    /// `path?query` with the value of every query parameter that mentions a password replaced
    /// (`filter=password eq "…"`, however it is percent-encoded).
    static func redactQuery(_ uri: String) -> String {
        guard let mark = uri.firstIndex(of: "?") else { return uri }
        let query = uri[uri.index(after: mark)...]
        let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let decoded = String(pair).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(pair)
            guard mentionsPassword(decoded) || mentionsPassword(String(pair)) else { return String(pair) }
            let name = pair.split(separator: "=", maxSplits: 1).first ?? ""
            return "\(name)=\(placeholder)"
        }
        return String(uri[...mark]) + pairs.joined(separator: "&")
    }

    /// Whether `body` may name a password: it contains "password" in any ASCII letter case, or a `\u`
    /// escape (which could spell it, as in `"p\u0061ssword"`), so only those bodies need the full parse.
    static func mentionsPassword(_ body: String) -> Bool {
        firstMention(in: body) < body.utf8.count
    }

    /// The UTF-8 offset of the first "password" (any ASCII case) or `\u` escape, or the length.
    static func firstMention(in body: String) -> Int {
        var body = body
        return body.withUTF8 { bytes in
            let needle: [UInt8] = Array("password".utf8)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") { return index }
                // `| 0x20` folds ASCII letters to lowercase; for these letters no other byte folds onto them.
                if index + needle.count <= bytes.count, (0..<needle.count).allSatisfy({ bytes[index + $0] | 0x20 == needle[$0] }) {
                    return index
                }
                index += 1
            }
            return bytes.count
        }
    }

    /// Whether an attribute name or PATCH path names a password: its last segment (after the URN's
    /// last `:`, or a `.`, before any `[…]` value filter) is `password` in any case.
    static func namesPassword(_ name: String) -> Bool {
        let withoutFilter = name.split(separator: "[", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let last = withoutFilter.split(whereSeparator: { $0 == ":" || $0 == "." }).last ?? ""
        return last.lowercased() == "password"
    }

    static func redacting(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var copy = JSONObject()
            for (key, inner) in object.pairs {
                copy[key] = namesPassword(key) ? .string(placeholder) : redacting(inner)
            }
            // PATCH operations carry the attribute name in "path", the secret in "value".
            if let path = copy[ignoringCase: "path"]?.stringValue, namesPassword(path), copy[ignoringCase: "value"] != nil {
                copy[ignoringCase: "value"] = .string(placeholder)
            }
            return .object(copy)
        case .array(let elements):
            return .array(elements.map(redacting))
        default:
            return value
        }
    }
}
