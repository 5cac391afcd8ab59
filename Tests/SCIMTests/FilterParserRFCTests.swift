import Foundation
import Provisioning
import SCIM
import Testing

/// Every example filter of RFC 7644 §3.4.2.2 parses to the expected, schema-resolved AST.
@Suite("Filter parser: RFC 7644 §3.4.2.2 examples")
struct FilterParserRFCTests {
    let userName = path("userName")
    let userType = path("userType")
    let title = path("title")
    let emailsValue = path("emails", "value", multiValued: true)
    let lastModified = path("meta", "lastModified", type: .dateTime)
    let stamp = FilterValue.dateTime(Date(timeIntervalSince1970: 1_305_261_754))

    func parse(_ text: String) throws -> Filter {
        try FilterParser.parse(text, for: .user)
    }

    @Test func simpleComparisons() throws {
        #expect(try parse(#"userName eq "bjensen""#) == .comparison(userName, .eq, .string("bjensen")))
        #expect(try parse(#"name.familyName co "O'Malley""#) == .comparison(path("name", "familyName"), .co, .string("O'Malley")))
        #expect(try parse(#"userName sw "J""#) == .comparison(userName, .sw, .string("J")))
        #expect(
            try parse(#"urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J""#) == .comparison(userName, .sw, .string("J"))
        )
        #expect(try parse("title pr") == .present(title))
    }

    @Test(arguments: [ComparisonOperator.gt, .ge, .lt, .le])
    func dateComparisons(op: ComparisonOperator) throws {
        let filter = try parse(#"meta.lastModified \#(op.rawValue) "2011-05-13T04:42:34Z""#)
        #expect(filter == .comparison(lastModified, op, stamp))
    }

    @Test func logicalOperators() throws {
        #expect(
            try parse(#"title pr and userType eq "Employee""#)
                == .and(.present(title), .comparison(userType, .eq, .string("Employee")))
        )
        #expect(
            try parse(#"title pr or userType eq "Intern""#)
                == .or(.present(title), .comparison(userType, .eq, .string("Intern")))
        )
    }

    @Test func schemasAttribute() throws {
        let filter = try parse(#"schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User""#)
        #expect(filter == .comparison(path("schemas", type: .reference, multiValued: true), .eq, .string(Fixture.enterprise)))
    }

    @Test func groupingAndMultiValuedWithoutSubAttribute() throws {
        let filter = try parse(#"userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")"#)
        #expect(
            filter
                == .and(
                    .comparison(userType, .eq, .string("Employee")),
                    .or(.comparison(emailsValue, .co, .string("example.com")), .comparison(emailsValue, .co, .string("example.org")))
                )
        )
    }

    @Test func notWithGrouping() throws {
        let filter = try parse(#"userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")"#)
        #expect(
            filter
                == .and(
                    .comparison(userType, .ne, .string("Employee")),
                    .not(.or(.comparison(emailsValue, .co, .string("example.com")), .comparison(emailsValue, .co, .string("example.org"))))
                )
        )
    }

    @Test func subAttributeInParentheses() throws {
        let filter = try parse(#"userType eq "Employee" and (emails.type eq "work")"#)
        #expect(
            filter
                == .and(
                    .comparison(userType, .eq, .string("Employee")),
                    .comparison(path("emails", "type", multiValued: true), .eq, .string("work")))
        )
    }

    @Test func valuePathFilters() throws {
        let emails = path("emails", type: .complex, multiValued: true)
        let workAtExample = Filter.and(
            .comparison(path("type"), .eq, .string("work")), .comparison(path("value"), .co, .string("@example.com")))
        #expect(
            try parse(#"userType eq "Employee" and emails[type eq "work" and value co "@example.com"]"#)
                == .and(.comparison(userType, .eq, .string("Employee")), .valuePath(emails, workAtExample))
        )
        let ims = path("ims", type: .complex, multiValued: true)
        let xmpp = Filter.and(.comparison(path("type"), .eq, .string("xmpp")), .comparison(path("value"), .co, .string("@foo.com")))
        #expect(
            try parse(#"emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]"#)
                == .or(.valuePath(emails, workAtExample), .valuePath(ims, xmpp))
        )
    }
}
