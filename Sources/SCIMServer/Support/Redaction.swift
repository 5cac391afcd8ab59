import Provisioning

/// Keeps secrets out of traffic records: `password` values are replaced, bodies are cut to a limit.
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
            text = body
        }
        guard text.utf8.count > limit else { return text }
        return String(decoding: text.utf8.prefix(limit), as: UTF8.self) + "… (cut at \(limit) bytes)"
    }

    /// Whether `body` may name a password: it contains "password" in any ASCII letter case, or a `\u`
    /// escape (which could spell it, as in `"p\u0061ssword"`), so only those bodies need the full parse.
    static func mentionsPassword(_ body: String) -> Bool {
        var body = body
        return body.withUTF8 { bytes in
            let needle: [UInt8] = Array("password".utf8)
            for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u") {
                return true
            }
            guard bytes.count >= needle.count else { return false }
            // `| 0x20` folds ASCII letters to lowercase; for these letters no other byte folds onto them.
            outer: for start in 0...(bytes.count - needle.count) {
                for offset in 0..<needle.count where bytes[start + offset] | 0x20 != needle[offset] {
                    continue outer
                }
                return true
            }
            return false
        }
    }

    static func redacting(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var copy = JSONObject()
            for (key, inner) in object.pairs {
                copy[key] = key.lowercased() == "password" ? .string(placeholder) : redacting(inner)
            }
            // PATCH operations carry the attribute name in "path", the secret in "value".
            if copy[ignoringCase: "path"]?.stringValue?.lowercased() == "password", copy[ignoringCase: "value"] != nil {
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
