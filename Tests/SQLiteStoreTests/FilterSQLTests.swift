import Foundation
import Provisioning
import TestSupport
import Testing

@testable import SQLiteStore

/// Filter values travel as bound parameters only; attribute names only through the whitelist or as
/// bound JSON paths.
@Suite struct FilterSQLTests {
    static let hostile = "x' OR 1=1; DROP TABLE users; --\"]"

    @Test func valuesAndPathsNeverAppearInTheSQLText() throws {
        let P = AttributePaths.self
        let custom = AttributePath(schema: "urn:example:ext", attribute: "costCenter")
        let filter: Filter = .or(
            .and(.comparison(P.userName, .co, .string(Self.hostile)), .comparison(custom, .eq, .string(Self.hostile))),
            .valuePath(P.emails, .comparison(P.sub("value"), .sw, .string(Self.hostile)))
        )
        let sql = try FilterTranslator(schema: .users).translate(filter)
        #expect(!sql.sql.contains("DROP") && !sql.sql.contains("costCenter") && !sql.sql.contains("urn:example"))
        let arguments = sql.arguments.map { String(describing: $0) }
        #expect(arguments.contains { $0.contains("drop table users") })
        #expect(arguments.contains { $0.contains("urn:example:ext") && $0.contains("costCenter") })
    }

    @Test func hostileValuesAreJustValues() async throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let idp = StoreFixtures.idp("Okta")
        try await subject.store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
        try await subject.store.insertUser(StoreFixtures.user(Self.hostile, idp: idp), audit: StoreFixtures.audit(.userCreated))
        try await subject.store.insertUser(StoreFixtures.user("plain@x", idp: idp), audit: StoreFixtures.audit(.userCreated))
        let page = try await subject.store.users(
            idpID: idp.id, query: ListQuery(filter: .comparison(AttributePaths.userName, .co, .string("' or 1=1"))))
        #expect(page.items.map(\.profile.userName) == [Self.hostile])
        #expect(try await subject.store.users(idpID: idp.id, query: ListQuery()).totalResults == 2)
        try subject.store.close()
    }

    @Test func attributeNamesThatCannotBeAJSONPathAreRefused() throws {
        let bad = AttributePath(attribute: "ti\"tle")
        #expect(throws: StoreError.self) {
            _ = try FilterTranslator(schema: .users).translate(.present(bad))
        }
    }

    @Test func prefixUpperBound() {
        #expect("ab".prefixUpperBound == "ac")
        #expect("a\u{D7FF}".prefixUpperBound == "a\u{E000}")
        #expect("a\u{10FFFF}".prefixUpperBound == nil)
        #expect("".prefixUpperBound == nil)
    }
}
