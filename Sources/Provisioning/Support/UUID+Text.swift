import Foundation

extension UUID {
    /// Parses the 36-character text form (`8-4-4-4-12` hex digits, either case), as the stores keep ids.
    ///
    /// Foundation's `UUID(uuidString:)` goes through `sscanf`; every row a store decodes carries one or
    /// two ids, and on the request path that parse was a visible share of a token lookup.
    public init?(text: String) {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var text = text
        let parsed = text.withUTF8 { utf8Text in
            withUnsafeMutableBytes(of: &bytes) { output -> Bool in
                var utf8 = utf8Text.makeIterator()
                var written = 0
                var position = 0
                while let high = utf8.next() {
                    if position == 8 || position == 13 || position == 18 || position == 23 {
                        guard high == UInt8(ascii: "-") else { return false }
                        position += 1
                        continue
                    }
                    guard written < 16, let low = utf8.next(), let a = Self.hexValue(high), let b = Self.hexValue(low) else { return false }
                    output[written] = a << 4 | b
                    written += 1
                    position += 2
                }
                return written == 16 && position == 36
            }
        }
        guard parsed else { return nil }
        self.init(uuid: bytes)
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
