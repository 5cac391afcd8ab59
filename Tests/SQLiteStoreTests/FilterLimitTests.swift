import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// Filters beyond what SQLite's parser takes are the caller's mistake (`unsupportedQuery`, a 400),
/// never a store failure; long chains of one operator are no such filter.
@Suite struct FilterLimitTests {
    static func eq(_ path: AttributePath, _ value: String) -> Filter { .comparison(path, .eq, .string(value)) }

    static func chain(_ count: Int, _ combine: (Filter, Filter) -> Filter) -> Filter {
        (1..<count).reduce(Self.eq(AttributePaths.userName, "u0")) { combine($0, Self.eq(AttributePaths.userName, "u\($1)")) }
    }

    @Test func longChainsOfOneOperatorRun() async throws {
        try await withTestStore { store in
            let idp = StoreFixtures.idp("Okta")
            try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
            try await store.insertUser(StoreFixtures.user("u7", idp: idp), audit: StoreFixtures.audit(.userCreated))
            // Both associativities: the parser builds left-deep chains, a hand-built filter may not.
            let leftDeep = Self.chain(500) { .or($0, $1) }
            let rightDeep = (1..<500).reduce(Self.eq(AttributePaths.userName, "u0")) { .or(Self.eq(AttributePaths.userName, "u\($1)"), $0) }
            #expect(try await store.users(idpID: idp.id, query: ListQuery(filter: leftDeep)).totalResults == 1)
            #expect(try await store.users(idpID: idp.id, query: ListQuery(filter: rightDeep)).totalResults == 1)
            let nots = (0..<100).reduce(Self.eq(AttributePaths.userName, "u7")) { filter, _ in .not(filter) }
            #expect(try await store.users(idpID: idp.id, query: ListQuery(filter: nots)).totalResults == 1)
        }
    }

    @Test func nestingBeyondTheStoreIsAnUnsupportedQuery() async throws {
        try await withTestStore { store in
            let idp = StoreFixtures.idp("Okta")
            try await store.insertIdentityProvider(idp, audit: StoreFixtures.audit(.idpAdded))
            var filter = Self.eq(AttributePaths.userName, "u0")
            for level in 0..<400 {
                filter =
                    level.isMultiple(of: 2) ? .or(Self.eq(AttributePaths.title, "t"), filter) : .and(.present(AttributePaths.title), filter)
            }
            do {
                _ = try await store.users(idpID: idp.id, query: ListQuery(filter: filter))
                Issue.record("expected the store to refuse a filter nested 400 levels deep")
            } catch let error as StoreError {
                guard case .unsupportedQuery(let detail) = error else {
                    Issue.record("expected unsupportedQuery, got \(error)")
                    return
                }
                #expect(detail.contains("complex"))
            }
        }
    }
}
