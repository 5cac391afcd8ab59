/// A JSON object with insertion-ordered keys and case-insensitive lookup helpers.
///
/// SCIM attribute names are case-insensitive (RFC 7643 §2.1), so lookups used by the SCIM layer
/// ignore case, while the stored document keeps the spelling the IdP sent.
public struct JSONObject: Sendable, Hashable {
    public private(set) var keys: [String] = []
    private var storage: [String: JSONValue] = [:]

    public init() {}

    public init(_ pairs: some Sequence<(String, JSONValue)>) {
        for (key, value) in pairs { self[key] = value }
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    /// Exact-key access; assigning `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The key as stored whose spelling matches `name` ignoring case.
    public func storedKey(matching name: String) -> String? {
        if storage[name] != nil { return name }
        let lowered = name.lowercased()
        return keys.first { $0.lowercased() == lowered }
    }

    public subscript(ignoringCase name: String) -> JSONValue? {
        get { storedKey(matching: name).flatMap { storage[$0] } }
        set { self[storedKey(matching: name) ?? name] = newValue }
    }

    public var pairs: [(key: String, value: JSONValue)] {
        keys.map { ($0, storage[$0]!) }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.storage == rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }
}
