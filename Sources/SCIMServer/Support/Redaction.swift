import Provisioning

/// Keeps secrets out of traffic records: `password` values are replaced, bodies are cut to a limit.
enum Redaction {
    static let placeholder = "[redacted]"

    static func redact(_ body: String, limit: Int) -> String {
        let text: String
        if let value = try? JSONParser.parse(body) {
            text = redacting(value).serialized()
        } else {
            text = body
        }
        guard text.utf8.count > limit else { return text }
        return String(decoding: text.utf8.prefix(limit), as: UTF8.self) + "… (cut at \(limit) bytes)"
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
