import Foundation
import Provisioning
@_spi(Diagnostics) import SQLiteStore
import TestSupport
import Testing

/// Every lookup on the request path is an index search, never a table scan.
@Suite struct QueryPlanTests {
    @Test(arguments: SQLiteStore.HotLookup.allCases)
    func hotLookupSearchesAnIndex(_ lookup: SQLiteStore.HotLookup) throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove(); try? subject.store.close() }
        let plan = try subject.store.queryPlan(lookup)
        print("plan \(lookup): \(plan.joined(separator: " | "))")
        #expect(plan.contains { $0.hasPrefix("SEARCH") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test func filterPathsUseTheSameIndexes() throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove(); try? subject.store.close() }
        let idp = UUID()
        let P = AttributePaths.self
        let userFilters: [Filter] = [
            .comparison(P.userName, .eq, .string("Ada@x")),
            .comparison(P.userName, .sw, .string("ad")),
            .comparison(P.externalId, .eq, .string("00u1")),
            .comparison(P.id, .eq, .string("u1")),
        ]
        for filter in userFilters {
            let plan = try subject.store.usersQueryPlan(idpID: idp, query: ListQuery(filter: filter))
            print("plan users \(filter): \(plan.joined(separator: " | "))")
            #expect(plan.contains { $0.hasPrefix("SEARCH users USING") }, "\(filter): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN users") }, "\(filter): \(plan)")
        }
        let groupFilters: [Filter] = [
            .comparison(P.displayName, .eq, .string("Engineers")),
            .comparison(P.externalId, .eq, .string("00g1")),
        ]
        for filter in groupFilters {
            let plan = try subject.store.groupsQueryPlan(idpID: idp, query: ListQuery(filter: filter))
            print("plan groups \(filter): \(plan.joined(separator: " | "))")
            #expect(plan.contains { $0.hasPrefix("SEARCH groups USING") }, "\(filter): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN groups") }, "\(filter): \(plan)")
        }
        // A member test inside a list is an index probe per group, not a scan of memberships.
        let members = try subject.store.groupsQueryPlan(
            idpID: idp, query: ListQuery(filter: .comparison(P.membersValue, .eq, .string("u1"))))
        print("plan groups members.value eq: \(members.joined(separator: " | "))")
        #expect(members.contains { $0.contains("SEARCH m USING") }, "\(members)")
        // The default list order comes from an index, not a sort.
        let list = try subject.store.usersQueryPlan(idpID: idp, query: ListQuery())
        #expect(!list.contains { $0.contains("TEMP B-TREE") }, "\(list)")
    }

    /// Paging through all of an IdP's users steps over the skipped rows in the covering index and
    /// reads only the page's rows from the table.
    @Test func anUnfilteredPageSkipsInTheCoveringIndex() throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        let plan = try subject.store.usersQueryPlan(idpID: UUID(), query: ListQuery(startIndex: 50_001, count: 100))
        #expect(plan.contains { $0.contains("COVERING INDEX users_by_idp") }, "\(plan)")
        #expect(plan.contains { $0.contains("INTEGER PRIMARY KEY") }, "\(plan)")
        try subject.store.close()
    }
}
