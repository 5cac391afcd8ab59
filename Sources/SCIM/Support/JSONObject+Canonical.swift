import Provisioning

extension JSONObject {
    /// Sets `value` (nil removes) under the canonical `name`, replacing a key spelled with other
    /// letter case, so a document never holds `nickname` and `nickName` side by side.
    mutating func setCanonical(_ name: String, _ value: JSONValue?) {
        if let stored = storedKey(matching: name), stored != name { self[stored] = nil }
        self[name] = value
    }
}
