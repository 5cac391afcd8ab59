/// Decodes a raw URL query string (`application/x-www-form-urlencoded` rules).
///
/// DialectRule.plusAsSpaceInQuery: Okta sends `filter=userName+eq+%22…%22` as well as `%20`, and
/// Runscope sends raw spaces and quotes; Hummingbird does not decode `+`, so the server passes the
/// raw query here.
public enum QueryString {
    /// The parameters in order; `+` is a space, `%XX` escapes are decoded, malformed escapes are kept
    /// literally, and a leading `?` is ignored.
    public static func parse(_ raw: Substring) -> [(name: String, value: String)] {
        var query = raw
        if query.first == "?" { query = query.dropFirst() }
        var parameters: [(name: String, value: String)] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            if let equals = pair.firstIndex(of: "=") {
                parameters.append((decode(pair[..<equals]), decode(pair[pair.index(after: equals)...])))
            } else {
                parameters.append((decode(pair), ""))
            }
        }
        return parameters
    }

    /// One decoded component.
    public static func decode(_ component: Substring) -> String {
        let bytes = Array(component.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(component) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 2
            } else {
                decoded.append(byte)
            }
            index += 1
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
