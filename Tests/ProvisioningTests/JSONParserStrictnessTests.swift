import Provisioning
import Testing

/// The parser refuses what it cannot represent faithfully instead of silently changing it.
@Suite struct JSONParserStrictnessTests {
    func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONParser.SyntaxError> {
        Result { () throws(JSONParser.SyntaxError) in try JSONParser.parse(bytes: bytes) }
    }

    @Test func invalidUTF8InsideAStringIsRefused() throws {
        let cases: [[UInt8]] = [
            [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x61, 0x80, 0x62],
        ]
        for invalid in cases {
            let result = parse(Array(#"{"a":""#.utf8) + invalid + Array(#""}"#.utf8))
            guard case .failure(let error) = result else {
                Issue.record("\(invalid) was accepted")
                continue
            }
            #expect(error.reason.contains("UTF-8"), "\(error)")
        }
        // Escapes and valid multi-byte text still read back exactly.
        #expect(try JSONParser.parse(#"{"a":"é€😀\u00e9"}"#) == ["a": "é€😀é"])
    }

    @Test func numbersBeyondDoubleAreRefused() throws {
        for text in ["1e999999", "-1e999999", "1e309", "[1e400]"] {
            #expect(throws: JSONParser.SyntaxError.self, "\(text)") { try JSONParser.parse(text) }
        }
        #expect(try JSONParser.parse("1e308") == .number(1e308))
        #expect(try JSONParser.parse("1e-999") == .number(0))
    }
}
