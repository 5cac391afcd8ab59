import Foundation
import Provisioning

/// The query string of a request, decoded once: `+` is a space as in HTML forms (Okta sends both).
struct PeerQuery: Sendable {
    private let parameters: [String: String]

    init(_ raw: String?) {
        var parameters: [String: String] = [:]
        for pair in (raw ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            parameters[decode(parts[0]).lowercased()] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.parameters = parameters
    }

    /// RFC 7644 §3.4.2.4: 1-based `startIndex` (below 1 means 1), `count` (negative means 0), capped at 200.
    var page: (startIndex: Int, count: Int) {
        let start = parameters["startindex"].flatMap { Int($0) } ?? 1
        let count = parameters["count"].flatMap { Int($0) } ?? 100
        return (max(1, start), min(200, max(0, count)))
    }

    /// Top-level attribute names, lowercased (RFC 7644 §3.4.2.5).
    var excludedAttributes: Set<String> {
        Set((parameters["excludedattributes"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    /// The `filter`, which may only be `attribute eq "value"` on one of `attributes`.
    func filter(allowing attributes: [String]) throws(PeerError) -> PeerFilter? {
        guard let text = parameters["filter"] else { return nil }
        return try PeerFilter(text, allowing: attributes)
    }
}

/// `attribute eq "value"`: the only filter this server understands (RFC 7644 §3.4.2.2 lets it refuse others).
struct PeerFilter: Sendable {
    let attribute: String
    let value: String

    init(_ text: String, allowing attributes: [String]?) throws(PeerError) {
        let refusal = PeerError(400, "invalidFilter", detail: "Only attribute eq \"value\" filters are supported here, not \(text).")
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[1].lowercased() == "eq" else { throw refusal }
        let name = String(parts[0])
        if let attributes {
            guard let known = attributes.first(where: { $0.lowercased() == name.lowercased() }) else { throw refusal }
            attribute = known
        } else {
            attribute = name
        }
        let quoted = parts[2]
        guard quoted.count >= 2, quoted.first == "\"", quoted.last == "\"" else { throw refusal }
        var value = ""
        var escaped = false
        for character in quoted.dropFirst().dropLast() {
            if escaped || character != "\\" {
                value.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        self.value = value
    }

    /// String comparison ignoring case, as for userName and displayName (RFC 7643 §4.1.1, §4.2: caseExact false).
    func matches(_ object: JSONObject) -> Bool {
        matches(object[ignoringCase: attribute]?.stringValue)
    }

    func matches(_ candidate: String?) -> Bool {
        candidate?.lowercased() == value.lowercased()
    }
}
