import SCIM
import Testing

@Suite("Query string decoding")
struct QueryStringTests {
    func pairs(_ raw: String) -> [String] {
        QueryString.parse(Substring(raw)).map { "\($0.name)=\($0.value)" }
    }

    /// DialectRule.plusAsSpaceInQuery: both of Okta's encodings and Runscope's raw text.
    @Test func oktaEncodings() {
        let expected = [#"filter=userName eq "test.user@okta.local""#, "startIndex=1", "count=100"]
        #expect(pairs("filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100") == expected)
        #expect(pairs("filter=userName+eq+%22test.user%40okta.local%22&startIndex=1&count=100") == expected)
        #expect(pairs(#"?filter=userName eq "test.user@okta.local"&startIndex=1&count=100"#) == expected)
    }

    @Test func edgeCases() {
        #expect(pairs("a=1&&b&c=x=y") == ["a=1", "b=", "c=x=y"])
        #expect(pairs("bad=%zz%4") == ["bad=%zz%4"])
        #expect(pairs("utf8=%C3%A9t%C3%A9") == ["utf8=été"])
        #expect(pairs("plus=%2B") == ["plus=+"])
        #expect(pairs("") == [])
    }
}
