import Foundation
import Provisioning
import Testing

extension StoreConformance {
    /// (filter, expected userNames in insertion order) over `insertFilterPopulation`.
    typealias FilterCase = (Filter, [String], SourceLocation)

    static func expectFilters(_ store: any Store, _ idp: IdentityProvider, _ cases: [FilterCase]) async throws {
        for (filter, expected, location) in cases {
            let actual = try await userNames(store, idp, filter)
            #expect(actual == expected, "filter \(filter)", sourceLocation: location)
            let page = try await store.users(idpID: idp.id, query: ListQuery(filter: filter, count: 0))
            #expect(page.totalResults == expected.count, "totalResults of \(filter)", sourceLocation: location)
        }
    }

    static func when(_ filter: Filter, _ expected: [String], _ location: SourceLocation = #_sourceLocation) -> FilterCase {
        (filter, expected, location)
    }

    typealias P = AttributePaths

    static let filterChecks: [Check] = [
        Check("filter: string operators on userName ignore case, Unicode included") { store in
            let idp = try await insertFilterPopulation(store)
            try await expectFilters(
                store, idp,
                [
                    when(eq(P.userName, "ADA@EXAMPLE.COM"), [ada]),
                    when(eq(P.userName, "émile@exemple.fr"), [emile]),
                    when(compare(P.userName, .ne, ada), [bob, carol, emile]),
                    when(compare(P.userName, .co, "EXAMPLE"), [ada, bob, carol]),
                    when(compare(P.userName, .co, "_50%"), [carol]),
                    when(compare(P.userName, .co, "%"), [carol]),
                    when(compare(P.userName, .co, "_"), [carol]),
                    when(compare(P.userName, .co, ""), [ada, bob, carol, emile]),
                    when(compare(P.userName, .sw, "B"), [bob]),
                    when(compare(P.userName, .sw, "é"), [emile]),
                    when(compare(P.userName, .sw, "carol_"), [carol]),
                    when(compare(P.userName, .ew, ".ORG"), [carol]),
                    when(compare(P.userName, .ew, "example.com"), [ada, bob]),
                    when(compare(P.userName, .gt, bob), [carol, emile]),
                    when(compare(P.userName, .ge, bob), [bob, carol, emile]),
                    when(compare(P.userName, .lt, "bob"), [ada]),
                    when(compare(P.userName, .le, bob), [ada, bob]),
                ])
        },
        Check("filter: other string attributes, columns and document alike") { store in
            let idp = try await insertFilterPopulation(store)
            try await expectFilters(
                store, idp,
                [
                    when(compare(P.displayName, .co, "öster"), [bob]),
                    when(compare(P.displayName, .sw, "éMILE"), [emile]),
                    when(eq(P.givenName, "CAROL"), [carol]),
                    when(compare(P.familyName, .ew, "ZOLA"), [emile]),
                    when(eq(P.department, "r&d"), [ada]),
                    when(eq(P.employeeNumber, "1815"), [ada]),
                    when(compare(P.employeeNumber, .sw, "18"), [ada]),
                    when(eq(P.title, "countess"), [ada]),
                    when(compare(P.title, .co, "GIN"), [carol]),
                    when(eq(P.externalId, "00uAda"), [ada]),
                    when(eq(P.externalId, "00UADA"), []),
                ])
        },
        Check("filter: missing attributes (NULL) under ne, not, pr and null") { store in
            let idp = try await insertFilterPopulation(store)
            try await expectFilters(
                store, idp,
                [
                    when(compare(P.title, .ne, "Countess"), [bob, carol, emile]),
                    when(.not(eq(P.title, "Countess")), [bob, carol, emile]),
                    when(.present(P.title), [ada, carol]),
                    when(.not(.present(P.title)), [bob, emile]),
                    when(.comparison(P.title, .eq, .null), [bob]),
                    when(.comparison(P.title, .ne, .null), [ada, carol, emile]),
                    when(.comparison(P.familyName, .eq, .null), [carol]),
                    when(.present(P.familyName), [ada, bob, emile]),
                    when(compare(P.department, .ne, "Sales"), [ada, carol, emile]),
                    when(.not(eq(P.department, "Sales")), [ada, carol, emile]),
                    when(.not(compare(P.displayName, .co, "a")), [bob, carol]),
                    when(.present(P.employeeNumber), [ada]),
                    when(.present(P.name), [ada, bob, carol, emile]),
                ])
        },
        Check("filter: booleans, numbers and dates") { store in
            let idp = try await insertFilterPopulation(store)
            try await expectFilters(
                store, idp,
                [
                    when(.comparison(P.active, .eq, .boolean(false)), [bob]),
                    when(.comparison(P.active, .ne, .boolean(true)), [bob]),
                    when(.comparison(P.active, .eq, .boolean(true)), [ada, carol, emile]),
                    when(.comparison(P.level, .gt, .number(3)), [bob]),
                    when(.comparison(P.level, .ge, .number(3)), [ada, bob]),
                    when(.comparison(P.level, .eq, .number(5)), [bob]),
                    when(.comparison(P.level, .ne, .number(5)), [ada, carol, emile]),
                    when(.comparison(P.created, .gt, .dateTime(StoreFixtures.time(10))), [carol, emile]),
                    when(.comparison(P.created, .ge, .dateTime(StoreFixtures.time(10))), [bob, carol, emile]),
                    when(.comparison(P.created, .lt, .dateTime(StoreFixtures.time(10))), [ada]),
                    when(.comparison(P.created, .le, .dateTime(StoreFixtures.time(10))), [ada, bob]),
                    when(.comparison(P.created, .eq, .dateTime(StoreFixtures.time(20))), [carol]),
                    when(.comparison(P.lastModified, .gt, .dateTime(StoreFixtures.time(25))), [emile]),
                    when(.comparison(P.hireDate, .gt, .dateTime(Date(timeIntervalSince1970: 1_609_459_200))), [carol]),
                    // carol was hired 2022-06-01T10:00:00Z, written with a +02:00 offset.
                    when(.comparison(P.hireDate, .lt, .dateTime(Date(timeIntervalSince1970: 1_654_077_600 + 1))), [ada, carol]),
                    when(.comparison(P.hireDate, .lt, .dateTime(Date(timeIntervalSince1970: 1_654_077_600))), [ada]),
                ])
        },
        Check("filter: and, or, not combine") { store in
            let idp = try await insertFilterPopulation(store)
            try await expectFilters(
                store, idp,
                [
                    when(.and(.comparison(P.active, .eq, .boolean(true)), .present(P.title)), [ada, carol]),
                    when(.or(eq(P.department, "Sales"), eq(P.title, "Engineer")), [bob, carol]),
                    when(.not(.or(.comparison(P.active, .eq, .boolean(true)), .present(P.title))), [bob]),
                    when(.and(.not(eq(P.title, "Countess")), .not(.present(P.familyName))), [carol]),
                    when(.or(.and(eq(P.givenName, "Ada"), eq(P.familyName, "Zola")), eq(P.userName, bob)), [bob]),
                ])
        },
        Check("filter: what cannot be translated is refused, not guessed") { store in
            let idp = try await insertFilterPopulation(store)
            for filter: Filter in [
                compare(P.active, .co, "t"),
                .comparison(P.active, .eq, .string("maybe")),
                .comparison(P.userName, .eq, .number(5)),
                .comparison(P.level, .sw, .number(1)),
                .comparison(P.title, .gt, .null),
                eq(P.location, "https://x"),
                eq(P.name, "Ada"),
            ] {
                await expectUnsupported { _ = try await store.users(idpID: idp.id, query: ListQuery(filter: filter)) }
            }
        },
    ]
}
