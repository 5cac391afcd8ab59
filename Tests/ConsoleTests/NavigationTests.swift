import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

@Suite struct NavigationTests {
    @Test func moveStaysInsideTheList() {
        var state = AppState.loaded()
        state.press(.c("3"))
        #expect(state.users.selection.index == 0)
        state.press(.c("k"), .up)
        #expect(state.users.selection.index == 0)
        for _ in 0..<10 { state.press(.c("j")) }
        #expect(state.users.selection.index == Fixtures.users.count - 1)
        state.press(.c("g"))
        #expect(state.users.selection.index == 0)
        state.press(.c("G"))
        #expect(state.users.selection.index == Fixtures.users.count - 1)
        state.press(.pageDown)
        #expect(state.users.selection.index == Fixtures.users.count - 1)
        state.press(.pageUp)
        #expect(state.users.selection.index == 0)
    }

    @Test func pageKeysMoveByAScreenAndLoadTheNextPage() {
        var state = AppState.loaded()
        state.press(.c("3"))
        let many = (1...500).map { Fixtures.user($0, "user\($0)@example.com", display: nil, email: nil) }
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: many, total: 1_204)))
        let page = state.tableRows
        #expect(page == 18)  // 24 rows less 5 of chrome and the header
        state.press(.pageDown)
        #expect(state.users.selection.index == page)
        #expect(state.users.selection.scrollOffset == 1)
        // Bottom of what is loaded: the next 500 are fetched, once.
        #expect(state.press(.c("G")) == [.loadUsers(filterText: "", offset: 500)])
        #expect(state.press(.c("k")) == [])
        state.send(.usersLoaded(UserPage(filterText: "", offset: 500, items: many, total: 1_204)))
        #expect(state.users.rows.count == 1_000)
        #expect(state.users.selection.index == 498)
    }

    @Test func tabsNumbersAndShiftTabSwitchViews() {
        var state = AppState.loaded()
        #expect(state.view == .settings)
        state.press(.tab)
        #expect(state.view == .identityProviders)
        state.press(.backTab, .backTab)
        #expect(state.view == .admins)
        state.press(.tab)
        #expect(state.view == .settings)
        for view in ViewID.allCases {
            state.press(.c(Character(String(view.number))))
            #expect(state.view == view)
        }
    }

    @Test func switchingToAViewRefreshesIt() {
        var state = AppState.loaded()
        #expect(state.press(.c("3")) == [.loadUsers(filterText: "", offset: 0)])
        // Still loading: no second request.
        #expect(state.press(.c("4"), .c("3")) == [.loadGroups(filterText: "")])
    }

    @Test func commandsOpenViewsByNameOrPrefix() {
        var state = AppState.loaded()
        state.press(.c(":"))
        state.type("traffic")
        state.press(.enter)
        #expect(state.view == .traffic)
        #expect(state.input == nil)

        state.press(.c(":"))
        state.type("us")
        state.press(.enter)
        #expect(state.view == .users)

        state.press(.c(":"))
        state.type("tr")
        state.press(.tab)
        #expect(state.input?.field.text == "traffic")
        state.press(.enter)
        #expect(state.view == .traffic)
    }

    @Test func unknownAndAmbiguousCommandsSayWhatWouldWork() {
        var state = AppState.loaded()
        state.press(.c(":"))
        state.type("nope")
        state.press(.enter)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text == "Unknown :nope — try settings idps users groups traffic audit admins q")
        #expect(state.view == .settings)

        state.press(.c(":"))
        state.type("a")
        state.press(.enter)
        #expect(state.status?.text == ":a could be :audit or :admins")
    }

    @Test func quitFromCommandKeyAndCtrlC() {
        // With nothing served yet there is nothing to stop: :q and q quit at once.
        var state = AppState.loaded()
        state.send(.trafficLoaded([]))
        state.press(.c(":"))
        state.type("q")
        #expect(state.press(.enter) == [.quit])
        #expect(state.isQuitting)

        var other = AppState.loaded()
        other.send(.trafficLoaded([]))
        #expect(other.press(.c("q")) == [.quit])

        var inDialog = AppState.loaded()
        inDialog.press(.c("2"), .c("a"))
        #expect(inDialog.press(.ctrl("c")) == [.quit])
    }

    @Test func escClosesTheDetailBeforeTheFilter() {
        var state = AppState.loaded()
        state.press(.c("6"), .c("/"))
        state.type("token")
        state.press(.enter)
        state.send(.auditLoaded(AuditList(text: "token", events: Array(Fixtures.auditEvents[4...5]))))
        state.press(.enter)
        #expect(state.keyContext == .detail(.audit))
        state.press(.escape)
        #expect(state.keyContext == .view(.audit))
        #expect(state.audit.filterText == "token")
        #expect(state.press(.escape) == [.loadAudit(text: "")])
        #expect(state.audit.filterText == "")
    }

    @Test func settingsEntriesOpenTheirViews() {
        var state = AppState.loaded()
        state.press(.enter)
        #expect(state.view == .identityProviders)
        state.press(.c("1"), .c("j"), .enter)
        #expect(state.view == .admins)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var state = AppState.loaded(width: 120, height: 40)
        state.press(.c("3"))
        let many = (1...100).map { Fixtures.user($0, "u\($0)", display: nil, email: nil) }
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: many, total: 100)))
        for _ in 0..<30 { state.press(.c("j")) }
        state.send(.resize(width: 80, height: 24))
        let selection = state.users.selection
        #expect(selection.index == 30)
        #expect(selection.scrollOffset <= 30 && 30 < selection.scrollOffset + state.tableRows)
    }
}
