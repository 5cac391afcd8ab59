import Foundation
import Provisioning

/// The Traffic view's `/` filter, applied in the console to the records it holds.
///
/// Words match anywhere in the method, status, IdP name, path (as sent, and as the table shows it:
/// decoded, ids named) or summary, ignoring case.
/// `status:4xx` / `status:404`, `method:POST` and `idp:Okta` narrow by field; several values
/// of one field are alternatives, different fields and words must all match.
struct TrafficFilter: Sendable, Hashable {
    private(set) var text: String
    private var statuses: [String] = []
    private var methods: [String] = []
    private var idps: [String] = []
    private var words: [String] = []

    init(_ text: String = "") {
        self.text = text
        for token in text.split(separator: " ").map({ $0.lowercased() }) {
            if let value = Self.value(of: token, field: "status:") {
                statuses.append(value)
            } else if let value = Self.value(of: token, field: "method:") {
                methods.append(value)
            } else if let value = Self.value(of: token, field: "idp:") {
                idps.append(value)
            } else {
                words.append(token)
            }
        }
    }

    var isEmpty: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }

    /// `names` turns ids in the path into the names the table shows.
    func matches(_ record: TrafficRecord, names: ResourceNames) -> Bool {
        if !statuses.isEmpty, !statuses.contains(where: { Self.status(record.status, matches: $0) }) { return false }
        if !methods.isEmpty, !methods.contains(record.method.lowercased()) { return false }
        let idp = (record.idpName ?? "").lowercased()
        if !idps.isEmpty, !idps.contains(where: { idp.hasPrefix($0) }) { return false }
        guard !words.isEmpty else { return true }
        let shown = names.displayPath(record.path)
        let haystack = "\(record.method) \(record.status) \(idp) \(record.path) \(shown) \(record.summary)".lowercased()
        return words.allSatisfy { haystack.contains($0) }
    }

    private static func value(of token: String, field: String) -> String? {
        guard token.hasPrefix(field), token.count > field.count else { return nil }
        return String(token.dropFirst(field.count))
    }

    /// "4xx" matches the class, "404" the code, "err" anything 400 and up.
    private static func status(_ status: Int, matches pattern: String) -> Bool {
        if pattern == "err" || pattern == "error" { return status >= 400 }
        if pattern.count == 3, pattern.hasSuffix("xx"), let digit = Int(pattern.prefix(1)) { return status / 100 == digit }
        return Int(pattern) == status
    }
}
