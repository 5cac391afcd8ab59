import Foundation
import Provisioning

/// The names of the users and groups the console has seen (id → userName or displayName), so the
/// Traffic table's Path column reads `/Users/ada@example.com` rather than a UUID nobody can place.
///
/// Learned from what passes anyway: the bodies of requests that address one resource (and of the
/// POST that created it), and the Users and Groups lists. A DELETE carries no body, so its name is
/// the one learned earlier; an id never seen stays `{id}`.
struct ResourceNames: Sendable {
    private var names: [String: String] = [:]

    /// Enough for every resource of a large directory; past it the oldest knowledge is dropped at once.
    static let limit = 100_000

    func name(of id: String) -> String? { names[id] }

    mutating func learn(id: String, name: String) {
        if names.count >= Self.limit, names[id] == nil { names.removeAll(keepingCapacity: true) }
        names[id] = name
    }

    /// From a request to `/Users/{id}` or `/Groups/{id}`, or a POST that created one: its bodies.
    mutating func learn(from record: TrafficRecord) {
        guard let (resource, id) = Self.target(of: record.path) else { return }
        guard id != nil || (record.method == "POST" && record.status == 201) else { return }
        let key = resource == "Users" ? "userName" : "displayName"
        for body in [record.responseBody, record.requestBody] {
            guard let body, body.hasPrefix("{"), let object = try? JSONParser.parse(body).objectValue,
                let name = object[key]?.stringValue, !name.isEmpty
            else { continue }
            guard let resolved = id ?? object["id"]?.stringValue else { continue }
            learn(id: resolved, name: name)
            return
        }
    }

    /// `("Users", id)` for `/scim/v2/Users/{id}`, `("Users", nil)` for `/scim/v2/Users`; nil otherwise.
    static func target(of path: String) -> (resource: String, id: String?)? {
        let plain = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        let segments = plain.split(separator: "/").map(String.init)
        guard let index = segments.firstIndex(where: { $0 == "Users" || $0 == "Groups" }) else { return nil }
        switch segments.count - index {
        case 1: return (segments[index], nil)
        case 2: return segments[index + 1].hasPrefix(".") ? nil : (segments[index], segments[index + 1].removingPercentEncoding)
        default: return nil
        }
    }
}
