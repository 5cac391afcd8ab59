import Foundation
import Provisioning
import SCIM
import Testing

@Suite("Filter parser: grammar, resolution and dialect")
struct FilterParserTests {
    @Test func andBindsTighterThanOr() throws {
        let filter = try FilterParser.parse("title pr or nickName pr and userType pr", for: .user)
        #expect(filter == .or(.present(path("title")), .and(.present(path("nickName")), .present(path("userType")))))
    }

    @Test func namesOperatorsAndKeywordsIgnoreCase() throws {
        let filter = try FilterParser.parse(#"USERNAME Eq "x" AND Active EQ TRUE"#, for: .user)
        #expect(
            filter
                == .and(.comparison(path("userName"), .eq, .string("x")), .comparison(path("active", type: .boolean), .eq, .boolean(true))))
    }

    @Test func okta_lookupFilters() throws {
        #expect(
            try FilterParser.parse(#"userName eq "test.user@okta.local""#, for: .user)
                == .comparison(path("userName"), .eq, .string("test.user@okta.local"))
        )
        #expect(
            try FilterParser.parse(#"displayName eq "Test SCIMv2""#, for: .group)
                == .comparison(path("displayName"), .eq, .string("Test SCIMv2"))
        )
    }

    @Test func stringEscapes() throws {
        let filter = try FilterParser.parse(#"displayName eq "a\"b\\c\u00e9""#, for: .user)
        #expect(filter == .comparison(path("displayName"), .eq, .string("a\"b\\cé")))
    }

    @Test func literals() throws {
        #expect(try FilterParser.parse("title eq null", for: .user) == .comparison(path("title"), .eq, .null))
        #expect(try FilterParser.parse("active ne false", for: .user) == .comparison(path("active", type: .boolean), .ne, .boolean(false)))
        // DialectRule.stringBooleans
        #expect(
            try FilterParser.parse(#"active eq "False""#, for: .user) == .comparison(path("active", type: .boolean), .eq, .boolean(false)))
    }

    @Test func commonAttributesAreCaseExact() throws {
        #expect(try FilterParser.parse(#"id eq "A1""#, for: .user) == .comparison(path("id", caseExact: true), .eq, .string("A1")))
        #expect(
            try FilterParser.parse(#"externalId eq "00u1""#, for: .group)
                == .comparison(path("externalId", caseExact: true), .eq, .string("00u1"))
        )
        #expect(
            try FilterParser.parse(#"meta.created ge "2024-01-01T00:00:00.5+01:00""#, for: .group)
                == .comparison(path("meta", "created", type: .dateTime), .ge, .dateTime(Date(timeIntervalSince1970: 1_704_063_600.5)))
        )
    }

    @Test func enterpriseAttributesCarryTheirSchema() throws {
        let urn = Fixture.enterprise
        #expect(
            try FilterParser.parse(#"\#(urn):department eq "Sales""#, for: .user)
                == .comparison(path("department", schema: urn), .eq, .string("Sales"))
        )
        // A complex attribute without a sub-attribute means its value.
        #expect(
            try FilterParser.parse(#"URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:manager eq "m1""#, for: .user)
                == .comparison(path("manager", "value", schema: urn), .eq, .string("m1"))
        )
    }

    @Test func groupMembers() throws {
        let value = path("members", "value", caseExact: true, multiValued: true)
        #expect(try FilterParser.parse(#"members eq "u1""#, for: .group) == .comparison(value, .eq, .string("u1")))
        #expect(try FilterParser.parse(#"members.value eq "u1""#, for: .group) == .comparison(value, .eq, .string("u1")))
        #expect(
            try FilterParser.parse(#"members[value eq "u1"]"#, for: .group)
                == .valuePath(
                    path("members", type: .complex, multiValued: true), .comparison(path("value", caseExact: true), .eq, .string("u1")))
        )
    }

    /// DialectRule.valuePathSubAttributeInFilter
    @Test func entraValuePathWithSubAttribute() throws {
        let filter = try FilterParser.parse(#"emails[type eq "work"].value eq "a@b.c""#, for: .user)
        #expect(
            filter
                == .valuePath(
                    path("emails", type: .complex, multiValued: true),
                    .and(.comparison(path("type"), .eq, .string("work")), .comparison(path("value"), .eq, .string("a@b.c")))
                )
        )
    }

    @Test func notNestsAndParenthesesGroup() throws {
        let filter = try FilterParser.parse(#"not(not (title pr)) and ((userName sw "a"))"#, for: .user)
        #expect(filter == .and(.not(.not(.present(path("title")))), .comparison(path("userName"), .sw, .string("a"))))
    }
}
