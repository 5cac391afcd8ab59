import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

@Suite struct FilterTests {
    @Test func slashTypeEnterLoadsTheFilteredUsers() {
        var state = AppState.loaded()
        state.press(.c("3"))
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: Fixtures.users, total: 6)))
        #expect(state.press(.c("/")) == [])
        #expect(state.keyContext == .filterInput)
        // q and digits are text here, not Quit or a view switch; the list narrows as you type.
        #expect(state.type("qa1") == ["q", "qa", "qa1"].map { .loadUsers(filterText: $0, offset: 0) })
        #expect(state.view == .users)
        state.press(.backspace, .backspace, .backspace)
        #expect(state.type("ada") == ["a", "ad", "ada"].map { .loadUsers(filterText: $0, offset: 0) })
        // Enter keeps what is already applied: nothing more to load.
        #expect(state.press(.enter) == [])
        #expect(state.users.filterText == "ada")
        #expect(state.input == nil)
    }

    @Test func escTakesTheTypedFilterBack() {
        var state = AppState.loaded()
        state.press(.c("3"))
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: Fixtures.users, total: 6)))
        state.press(.c("/"))
        state.type("ada")
        // Esc takes back what typing applied: the unfiltered list again.
        #expect(state.press(.escape) == [.loadUsers(filterText: "", offset: 0)])
        #expect(state.input == nil)
        #expect(state.users.filterText == "")
    }

    @Test func answersForAnOldFilterAreDropped() {
        var state = AppState.loaded()
        state.press(.c("3"), .c("/"))
        state.type("ada")
        state.press(.enter)
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: [], total: 0)))
        #expect(state.users.rows.count == Fixtures.users.count)
        state.send(.usersLoaded(UserPage(filterText: "ada", offset: 0, items: [Fixtures.users[0]], total: 1)))
        #expect(state.users.rows.map(\.id) == [Fixtures.users[0].id])
    }

    @Test func userFilterIsAnOrOfContainsOverNameDisplayNameAndEmail() throws {
        let filter = try #require(ConsoleQueries.userFilter(" ada "))
        guard case .or(.or(.comparison(let a, .co, .string("ada")), .comparison(let b, .co, _)), .comparison(let c, .co, _)) = filter else {
            Issue.record("unexpected shape \(filter)")
            return
        }
        #expect([a.attribute, b.attribute, c.description] == ["userName", "displayName", "emails.value"])
        #expect([a, b, c].allSatisfy { $0.type == .string && !$0.caseExact })
        #expect(c.multiValued)
        #expect(ConsoleQueries.userFilter("  ") == nil)
    }

    @Test func trafficFilterWordsAndFields() {
        let records = Fixtures.trafficRecords
        func ids(_ text: String) -> [Int64] { records.filter { TrafficFilter(text).matches($0, names: ResourceNames()) }.map(\.id) }
        #expect(ids("status:4xx") == [5, 8])
        #expect(ids("status:500") == [10])
        #expect(ids("status:err") == [5, 8, 10])
        #expect(ids("method:post") == [2, 5])
        #expect(ids("idp:entra method:GET") == [4])
        #expect(ids("GRACE") == [12])
        #expect(ids("groups status:2xx") == [4, 9])
        #expect(ids("method:put method:delete") == [7, 10])
        #expect(ids("") == records.map(\.id))
    }

    @Test func trafficFilterAppliesInTheConsole() {
        var state = AppState.loaded()
        state.press(.c("5"), .c("/"))
        state.type("status:4xx")
        #expect(state.press(.enter) == [])
        #expect(state.traffic.visible.map(\.id) == [8, 5])
        state.press(.escape)
        #expect(state.traffic.visible.count == Fixtures.trafficRecords.count)
    }
}
