import Foundation
import GRDB
import Provisioning

/// Stored SCIM documents: compact JSON text of a `JSONObject`, keys in the order the IdP sent them.
enum DocumentCoding {
    static func encode(_ document: JSONObject) -> String {
        JSONValue.object(document).serialized()
    }

    /// The document in column `index`, decoded without copying the text into a `String` first, or why
    /// it cannot be read. An unreadable document never fails the read of its row: the row is served
    /// from its columns instead (see `User.damage`), so one bad row cannot take a list page, a lookup or
    /// the console down with it.
    static func decode(_ row: Row, at index: Int) -> Result<JSONObject, Unreadable> {
        do {
            let bytes = try row.withUnsafeData(atIndex: index) { data in data.map { [UInt8]($0) } ?? [] }
            guard !bytes.isEmpty else { return .success(JSONObject()) }
            guard case .object(let object) = try JSONParser.parse(bytes: bytes) else {
                return .failure(Unreadable(reason: "it is not a JSON object"))
            }
            return .success(object)
        } catch let error as JSONParser.SyntaxError {
            return .failure(Unreadable(reason: "it is not valid JSON: \(error)"))
        } catch {
            return .failure(Unreadable(reason: "\(error)"))
        }
    }

    /// Why a stored document cannot be read.
    struct Unreadable: Error {
        var reason: String

        /// The sentence a damaged `User` or `Group` carries.
        var damage: String {
            "The stored SCIM document is not readable (\(reason)); the resource is served from its indexed fields until it is written again."
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
