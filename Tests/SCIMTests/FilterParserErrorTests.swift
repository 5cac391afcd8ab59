import Provisioning
import SCIM
import Testing

/// Invalid filters are 400 `invalidFilter` with a detail that points at the problem.
@Suite("Filter parser: errors")
struct FilterParserErrorTests {
    func failure(_ text: String, for type: ResourceType = .user) throws -> SCIMError {
        let error = try #require(scimError { _ = try FilterParser.parse(text, for: type) })
        #expect(error.status == 400)
        #expect(error.scimType == "invalidFilter")
        return error
    }

    @Test func unknownAttributeNamesItAndItsPosition() throws {
        #expect(try failure(#"usrName eq "x""#).detail == "unknown attribute 'usrName' at position 1")
        #expect(try failure(#"userName eq "x" and nme.givenName pr"#).detail.contains("'nme.givenName' at position 21"))
        #expect(try failure(#"name.nickname pr"#).detail.contains("unknown attribute 'name.nickname'"))
        #expect(try failure(#"members eq "x""#, for: .user).detail.contains("'members'"))
        #expect(try failure(#"emails[kind eq "work"]"#).detail.contains("unknown attribute 'kind' inside 'emails[…]'"))
    }

    /// Found by fuzz-filter: a URN with control characters got through to the store, which could not
    /// write it as a JSON path (a 5xx). A schema URN holds only RFC 8141's characters.
    @Test func anUndeclaredSchemaURNWithCharactersNoURNHoldsIsUnknown() throws {
        let urn = "urn:ietf:params:scim:schemas:extension:e\u{4}\u{0}e:2.0:User"
        #expect(try failure(urn + #":lepartment ew "ing""#).detail.contains("unknown attribute"))
        #expect(try failure(#"urn:ietf:params:scim:schemas:extension:Café:2.0:User:costCentre pr"#).detail.contains("unknown attribute"))
        let custom = try FilterParser.parse(#"urn:ietf:params:scim:schemas:extension:Custom_Ext-1:2.0:User:costCentre eq "x""#, for: .user)
        #expect("\(custom)".contains("costCentre"))
    }

    @Test func unbalancedParentheses() throws {
        #expect(try failure(#"(userName eq "x""#).detail.contains("missing ')' for the '(' at position 1"))
        #expect(try failure(#"userName eq "x")"#).detail.contains("unbalanced ')' at position 16"))
        #expect(try failure(#"emails[type eq "work""#).detail.contains("missing ']'"))
        #expect(try failure(#"userName eq "x"]"#).detail.contains("unbalanced ']'"))
    }

    @Test func unknownOperator() throws {
        let detail = try failure(#"userName eqq "x""#).detail
        #expect(detail.contains("unknown operator 'eqq' at position 10"))
        #expect(detail.contains("eq, ne, co"))
    }

    @Test func trailingGarbage() throws {
        #expect(
            try failure(#"userName eq "x" garbage"#).detail
                == "unexpected 'garbage' at position 17; expected 'and', 'or' or the end of the filter"
        )
    }

    @Test func missingValueAndOperator() throws {
        #expect(try failure("userName eq").detail.contains("expected a value"))
        #expect(try failure("userName eq").detail.contains("found the end of the filter"))
        #expect(try failure("userName").detail.contains("expected an operator"))
        #expect(try failure("userName eq bjensen").detail.contains("at position 13, found 'bjensen'"))
        #expect(try failure(#"userName eq "x" and"#).detail.contains("expected an attribute name"))
    }

    @Test func unterminatedString() throws {
        #expect(try failure(#"userName eq "bjensen"#).detail.contains("unterminated string starting at position 13"))
    }

    @Test func presentTakesNoValue() throws {
        #expect(try failure(#"title pr "x""#).detail.contains("'pr' takes no value"))
    }

    @Test func valuesMustSuitTheAttributeType() throws {
        #expect(try failure(#"meta.lastModified gt "yesterday""#).detail.contains("RFC 3339"))
        #expect(try failure("active gt true").detail.contains("boolean"))
        #expect(try failure(#"active eq "maybe""#).detail.contains("expected true or false"))
        #expect(try failure("userName eq 42").detail.contains("string attribute"))
        #expect(try failure(#"name eq "x""#).detail.contains("complex"))
        #expect(try failure(#"userName gt null"#).detail.contains("null"))
    }

    @Test func structuralErrors() throws {
        #expect(try failure("").detail == "the filter is empty")
        #expect(try failure(#"not userName eq "x""#).detail.contains("expected '(' after 'not'"))
        #expect(try failure(#"emails[type eq "a" and ims[type eq "b"]]"#).detail.contains("cannot be nested"))
        #expect(try failure(#"userName[value eq "x"]"#).detail.contains("no sub-attributes"))
    }

    @Test func pathologicalInputIsRefused() throws {
        let deep = String(repeating: "(", count: 100) + "title pr" + String(repeating: ")", count: 100)
        #expect(try failure(deep).detail.contains("nests deeper"))
        let long = #"userName eq ""# + String(repeating: "x", count: FilterParser.maximumLength) + #"""#
        #expect(try failure(long).detail.contains("longer than"))
        let wide = Array(repeating: "title pr", count: FilterParser.maximumTerms + 1).joined(separator: " or ")
        #expect(try failure(wide).detail.contains("more than"))
    }
}
