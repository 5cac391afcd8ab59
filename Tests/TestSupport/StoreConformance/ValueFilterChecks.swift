import Foundation
import Provisioning
import Testing

extension StoreConformance {
    static let valueFilterChecks: [Check] = [
        Check("filter: multi-valued attributes match when any element matches") { store in
            let idp = try await insertFilterPopulation(store)
            try await expectFilters(
                store, idp,
                [
                    when(eq(P.emailsValue, "BOB@example.com"), [bob]),
                    when(compare(P.emailsValue, .co, "@home"), [ada]),
                    when(compare(P.emailsValue, .ew, ".FR"), [emile]),
                    when(eq(P.emailsType, "home"), [ada]),
                    when(eq(P.emails, "emile@exemple.fr"), [emile]),
                    when(eq(P.phoneNumbersValue, "+44 1"), [ada]),
                    when(.present(P.emails), [ada, bob, emile]),
                    when(.present(P.emailsType), [ada, bob]),
                    // ne: no element equals the value (users without emails included).
                    when(compare(P.emailsValue, .ne, "ada@example.com"), [bob, carol, emile]),
                    when(.comparison(P.emailsValue, .eq, .null), [carol]),
                    when(.comparison(P.emailsValue, .ne, .null), [ada, bob, emile]),
                ])
        },
        Check("filter: value paths test one element at a time") { store in
            let idp = try await insertFilterPopulation(store)
            let type = P.sub("type"), value = P.sub("value"), primary = P.sub("primary", type: .boolean)
            try await expectFilters(
                store, idp,
                [
                    when(.valuePath(P.emails, .and(eq(type, "work"), compare(value, .co, "EXAMPLE.COM"))), [ada, bob]),
                    // ada has a home email and an example.com email, but not in the same element.
                    when(.valuePath(P.emails, .and(eq(type, "home"), compare(value, .co, "example.com"))), []),
                    when(.valuePath(P.emails, .present(type)), [ada, bob]),
                    when(.valuePath(P.emails, .not(eq(type, "work"))), [ada, emile]),
                    when(.valuePath(P.emails, .comparison(primary, .eq, .boolean(true))), [ada]),
                    when(.valuePath(P.emails, .or(eq(type, "home"), compare(value, .sw, "emile"))), [ada, emile]),
                    when(.and(.valuePath(P.emails, eq(type, "work")), .comparison(P.active, .eq, .boolean(false))), [bob]),
                    when(.not(.valuePath(P.emails, eq(type, "work"))), [carol, emile]),
                    // A single-valued complex attribute: name[givenName eq "bob"] is name.givenName eq "bob".
                    when(.valuePath(P.name, eq(P.sub("givenName"), "bob")), [bob]),
                ])
        },
    ]

    static let pagingChecks: [Check] = [
        Check("paging: insertion order by default, stable pages, totals") { store in
            let idp = try await makeIdP(store)
            let names = (0..<25).map { String(format: "user%02d@x", 24 - $0) }  // inserted in reverse name order
            try await insert(store, names.map { StoreFixtures.user($0, idp: idp) })
            var seen: [String] = []
            for start in stride(from: 1, through: 25, by: 10) {
                let page = try await store.users(idpID: idp.id, query: ListQuery(startIndex: start, count: 10))
                #expect(page.totalResults == 25 && page.startIndex == start)
                seen += page.items.map(\.profile.userName)
            }
            #expect(seen == names)
            let counted = try await store.users(idpID: idp.id, query: ListQuery(startIndex: 1, count: 0))
            #expect(counted.items.isEmpty && counted.totalResults == 25)
            let beyond = try await store.users(idpID: idp.id, query: ListQuery(startIndex: 26, count: 10))
            #expect(beyond.items.isEmpty && beyond.totalResults == 25)
            let filtered = try await store.users(
                idpID: idp.id, query: ListQuery(filter: compare(P.userName, .sw, "user1"), startIndex: 3, count: 4))
            #expect(filtered.totalResults == 10)
            #expect(filtered.items.map(\.profile.userName) == ["user17@x", "user16@x", "user15@x", "user14@x"])
        },
        Check("paging: sort by any attribute, ties in insertion order, missing values last") { store in
            let idp = try await insertFilterPopulation(store)
            func sorted(_ path: AttributePath, ascending: Bool = true) async throws -> [String] {
                try await userNames(store, idp, nil, sort: SortSpec(path: path, ascending: ascending))
            }
            #expect(try await sorted(P.userName) == [ada, bob, carol, emile])
            #expect(try await sorted(P.userName, ascending: false) == [emile, carol, bob, ada])
            // Code point order after folding: "lovelace" < "zola" < "österberg".
            #expect(try await sorted(P.familyName) == [ada, emile, bob, carol])
            #expect(try await sorted(P.familyName, ascending: false) == [bob, emile, ada, carol])
            #expect(try await sorted(P.active) == [bob, ada, carol, emile])
            #expect(try await sorted(P.title) == [emile, ada, carol, bob])
            #expect(try await sorted(P.displayName) == [ada, bob, emile, carol])
            #expect(try await sorted(P.created, ascending: false) == [emile, carol, bob, ada])
            #expect(try await sorted(P.employeeNumber) == [ada, bob, carol, emile])
            #expect(try await sorted(P.emailsValue) == [ada, bob, emile, carol])
            let page = try await store.users(
                idpID: idp.id, query: ListQuery(sort: SortSpec(path: P.userName, ascending: false), startIndex: 2, count: 2))
            #expect(page.items.map(\.profile.userName) == [carol, bob])
            await expectUnsupported {
                _ = try await store.users(idpID: idp.id, query: ListQuery(sort: SortSpec(path: P.location)))
            }
        },
    ]
}
