import Provisioning

/// The JSON parser's property: whatever it accepts serialises (compact and pretty) to text it parses
/// back to the same value. Stored documents are written by `serialized()` and read by `JSONParser`,
/// so a value that did not survive this trip would be accepted once and unreadable afterwards.
public enum JSONRoundTrip {
    /// Returns whether the parser accepted the input.
    @discardableResult
    public static func check(_ bytes: [UInt8]) throws(FuzzFailure) -> Bool {
        guard let value = try? JSONParser.parse(bytes: bytes) else { return false }
        for pretty in [false, true] {
            let text = value.serialized(pretty: pretty)
            let again: JSONValue
            do {
                again = try JSONParser.parse(text)
            } catch {
                throw FuzzFailure("the \(pretty ? "pretty" : "compact") serialisation does not parse (\(error)): \(text.prefix(300))")
            }
            guard again == value else {
                throw FuzzFailure("the \(pretty ? "pretty" : "compact") serialisation parses to another value: \(text.prefix(300))")
            }
        }
        return true
    }
}
