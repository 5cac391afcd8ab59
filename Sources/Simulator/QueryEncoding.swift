import Foundation

/// Query strings as IdPs encode them.
enum QueryEncoding {
    /// `attribute eq "value"` as a query value. Okta has sent both `%20` and `+` for spaces
    /// (docs/idp-wire.md §2.1); both are produced so the listener meets both. Everything outside RFC 3986's
    /// unreserved set is percent-encoded as UTF-8, including `@`, `"`, `&` and `+` itself.
    static func equalityFilter(_ attribute: String, _ value: String, plusForSpace: Bool = false) -> String {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let encoded = percentEncoded("\(attribute) eq \"\(escaped)\"")
        return plusForSpace ? encoded.replacingOccurrences(of: "%20", with: "+") : encoded
    }

    /// Percent-encodes every byte outside `A-Z a-z 0-9 - . _ ~`.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                result += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return result
    }
}
