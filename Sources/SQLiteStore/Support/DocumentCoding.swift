import Foundation
import GRDB
import Provisioning

/// Stored SCIM documents: compact JSON text of a `JSONObject`, keys in the order the IdP sent them.
enum DocumentCoding {
    static func encode(_ document: JSONObject) -> String {
        JSONValue.object(document).serialized()
    }

    /// Decodes the document in column `index` without copying the text into a `String` first.
    static func decode(_ row: Row, at index: Int) throws -> JSONObject {
        let bytes = try row.withUnsafeData(atIndex: index) { data in data.map { [UInt8]($0) } ?? [] }
        guard !bytes.isEmpty else { return JSONObject() }
        do {
            guard case .object(let object) = try JSONParser.parse(bytes: bytes) else {
                throw StoreError.unavailable("a stored document is not a JSON object")
            }
            return object
        } catch let error as JSONParser.SyntaxError {
            throw StoreError.unavailable("a stored document is not valid JSON: \(error)")
        }
    }

    /// A JSON array of strings, bound as ONE parameter and expanded in SQL with `json_each(?)`.
    ///
    /// This is how member lists of any length reach a single statement without meeting SQLite's
    /// bound-parameter limit.
    static func stringArray(_ values: [String]) -> String {
        var out = "["
        out.reserveCapacity(values.count * 40 + 2)
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            JSONValue.writeString(value, into: &out)
        }
        out += "]"
        return out
    }
}
