import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

/// The console for daily operations: live lists, no URL this process does not serve, honest
/// copies, a quit that asks, rotation in view. Goldens carry styles, so colour on the wrong row fails.
@Suite struct OperationsTests {
    static func write(_ id: Int64, _ method: String = "POST", status: Int = 201) -> TrafficRecord {
        TrafficRecord(
            id: id, time: Fixtures.now, requestID: "req-\(id)", idpID: Fixtures.okta.id, idpName: "Okta", method: method,
            path: "/scim/v2/Users", status: status, latencyMicroseconds: 4_000, summary: "created user new\(id)@example.com")
    }

    @Test func theUsersOnScreenReloadWhenTheIdPWrites() {
        var state = AppState.loaded()
        state.press(.c("3"))
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: Fixtures.users, total: Fixtures.users.count)))
        state.send(.tick(Fixtures.now + 2))
        // A read changes nothing; a write the listener accepted does.
        #expect(!state.send(.trafficArrived([Self.write(100, "GET", status: 200)])).contains { $0.isUsersLoad })
        #expect(!state.send(.trafficArrived([Self.write(101, status: 409)])).contains { $0.isUsersLoad })
        #expect(state.send(.trafficArrived([Self.write(102)])).contains(.loadUsers(filterText: "", offset: 0)))
        // At most one load at a time, whatever arrives meanwhile.
        #expect(!state.send(.trafficArrived([Self.write(103)])).contains { $0.isUsersLoad })
        let newcomer = Fixtures.user(9, "new102@example.com", display: "New Person", email: "new102@example.com", updated: 1)
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: Fixtures.users + [newcomer], total: 7)))
        #expect(state.screen().contains("new102@example.com"))
        // Nothing written for a while: the list is still re-read, for changes made by other processes.
        #expect(state.send(.tick(Fixtures.now + 20)).contains(.loadUsers(filterText: "", offset: 0)))
    }

    @Test func aReloadKeepsTheSelectedRowUnderTheCursor() {
        var state = AppState.loaded()
        state.press(.c("6"), .c("j"), .c("j"))
        let selected = state.audit.selected?.id
        let newest = Fixtures.audit(10, age: 0, actor: "idp:Okta", .userCreated, "created user new@example.com")
        state.send(.auditLoaded(AuditList(text: "", events: [newest] + Fixtures.auditEvents)))
        #expect(state.audit.selected?.id == selected)
        // At the top, the newest event comes into view instead.
        state.press(.c("g"))
        let newer = Fixtures.audit(11, age: 0, actor: "idp:Okta", .userCreated, "created user newer@example.com")
        state.send(.auditLoaded(AuditList(text: "", events: [newer, newest] + Fixtures.auditEvents)))
        #expect(state.audit.selected?.id == 11)
    }

    /// The Audit view says whether the seals hold, and loudly when an event was altered.
    @Test func theAuditViewShowsTheChainsState() {
        var state = AppState.loaded()
        state.press(.c("6"))
        state.send(.auditLoaded(AuditList(text: "", events: Fixtures.auditEvents, chain: AuditChainReport(checked: 6))))
        #expect(state.screen().contains("seals intact"))
        let broken = AuditChainReport(checked: 3, firstBreak: .init(id: 3, reason: "its seal does not match"))
        // A load for a search typed since still carries news of the chain.
        state.send(.auditLoaded(AuditList(text: "stale search", events: [], chain: broken)))
        #expect(!state.screen().contains("seals intact"))
        assertScreen(state, named: "audit-chain-broken-80x24")
    }

    @Test func aFailedListenerShowsNoURL() {
        var state = DialogGoldenTests.oktaAdvanced()
        state.send(.listenerChanged(.failed(address: "0.0.0.0:8443", message: "address already in use")))
        #expect(!state.screen().contains(Fixtures.baseURL))
        assertScreen(state, named: "listener-failed-advanced-80x24")
        #expect(state.press(.c("c")).isEmpty)
    }

    @Test func quittingAListenerThatServedRequestsAsksFirst() {
        var state = AppState.loaded()
        state.press(.c("5"))
        #expect(state.press(.c("q")) == [])
        #expect(!state.isQuitting)
        assertScreen(state, named: "quit-confirm-80x24")
        #expect(state.press(.enter) == [])  // Cancel is the default
        #expect(!state.isQuitting)
        state.press(.c("q"), .right)
        #expect(state.press(.enter) == [.quit])
        #expect(state.isQuitting)
    }

    @Test func quittingWithoutServingAnythingDoesNotAsk() {
        var database = AppState.empty(listener: .databaseOnly)
        database.send(.trafficLoaded(Fixtures.trafficRecords.reversed()))
        #expect(database.press(.c("q")) == [.quit])
        var fresh = AppState.empty()
        fresh.send(.trafficLoaded([]))
        #expect(fresh.press(.c("q")) == [.quit])
    }

    @Test func everyWorkingTokenIsShownDuringARotation() {
        var state = AppState.loaded()
        var okta = Fixtures.idps[0]
        let retiring = Fixtures.token(
            Fixtures.okta, n: 9, created: Fixtures.now - 300 * Fixtures.day, expires: Fixtures.now + 65 * Fixtures.day,
            revoked: Fixtures.now + 3_000, lastUsed: Fixtures.now - 30)
        okta.tokens = [okta.newestToken!, retiring]
        state.send(.identityProvidersLoaded([okta] + Fixtures.idps.dropFirst()))
        state.press(.c("2"))
        #expect(state.screen().contains("+1 retiring"))
        state.press(.c("G"), .enter, .right)
        assertScreen(state, named: "idp-rotation-advanced-80x24")
        state.press(.c("g"))
        assertScreen(state, named: "dialog-replace-overlap-80x24")
    }

    @Test func expectedAnswersAreNotErrorsAndDriftIsCountedApart() {
        let state = AppState.loaded()
        let stats = state.figures
        // The 401 and the 500 need someone; the 409 to Entra creating a group that exists does not.
        #expect(stats.errors == 2)
        #expect(stats.drift == 1)
        #expect(TrafficOutcome(Fixtures.trafficRecords[4]) == .expected)
        #expect(TrafficOutcome(Fixtures.trafficRecords[2]) == .drift)
        var traffic = AppState.loaded(width: 100, height: 30)
        traffic.press(.c("5"))
        assertScreen(traffic, named: "traffic-outcomes-100x30")
    }

    @Test func anIdPStillCallingWithARevokedTokenShows() {
        var state = AppState.loaded()
        var refused = Self.write(200, "GET", status: 401)
        refused.idpID = Fixtures.legacy.id
        refused.idpName = "Legacy SCIM"
        refused.summary = "rejected: token revoked"
        state.answered([refused])
        state.press(.c("2"), .c("j"))
        #expect(state.screen().contains("just now"))
        state.press(.enter, .right)
        assertScreen(state, named: "idp-revoked-still-calling-80x24")
    }

    @Test func yCopiesTheIdSupportAsksFor() {
        var state = AppState.loaded()
        state.press(.c("5"))
        #expect(state.press(.c("y")) == [.copyToClipboard("req-000012")])
        state.send(.copied(ClipboardDelivery(sentToTerminal: true, inTmuxBuffer: false)))
        #expect(state.status?.text == "Sent request id req-000012 to your terminal (OSC 52) — paste it to check")
        state.press(.c("3"))
        #expect(state.press(.c("y")) == [.copyToClipboard(Fixtures.users[0].id)])
    }

    @Test func theRequestDetailSaysWhoSentIt() {
        var state = AppState.loaded(width: 100, height: 30)
        state.press(.c("5"), .c("F"))
        for _ in 0..<10 { state.press(.c("j")) }
        state.press(.enter)
        assertScreen(state, named: "traffic-detail-client-100x30")
    }

    @Test func theCopyLineIsStyledWhereItIsDrawn() {
        var state = DialogGoldenTests.oktaAdvanced()
        DialogGoldenTests.generated(&state)
        state.press(.c("c"))
        state.send(.copied(ClipboardDelivery(sentToTerminal: true, inTmuxBuffer: true)))
        assertScreen(state, named: "dialog-token-sent-tmux-80x24")
    }
}

extension Effect {
    var isUsersLoad: Bool {
        if case .loadUsers = self { return true }
        return false
    }
}

/// IdPs can be renamed and removed from their editor; removal says what goes with it and wants the name typed.
@Suite struct IdPChangeTests {
    static func oktaGeneral() -> AppState {
        var state = AppState.loaded()
        state.press(.c("2"), .c("G"), .enter)
        return state
    }

    @Test func renameFromTheEditor() {
        var state = Self.oktaGeneral()
        state.press(.c("n"))
        state.press(.ctrl("u"))
        state.type("Okta Prod")
        #expect(state.press(.enter) == [.renameIdentityProvider(idpID: Fixtures.okta.id, name: "Okta Prod")])
        var renamed = Fixtures.okta
        renamed.name = "Okta Prod"
        #expect(state.send(.identityProviderRenamed(renamed)) == [.loadIdentityProviders])
        #expect(state.modal == nil)
        #expect(state.screen().contains("Settings › Identity Providers › Okta Prod"))
    }

    @Test func removeSaysWhatGoesAndWantsTheNameTyped() {
        var state = Self.oktaGeneral()
        #expect(state.press(.c("D")) == [.loadIdentityProviderFootprint(idpID: Fixtures.okta.id)])
        state.send(.identityProviderFootprint(idpID: Fixtures.okta.id, users: 120, groups: 8))
        assertScreen(state, named: "dialog-remove-idp-80x24")
        // Enter alone, or a wrong name, removes nothing.
        #expect(state.press(.enter) == [])
        state.type("Okat")
        #expect(state.press(.enter) == [])
        #expect(state.screen().contains("Type Okta to remove it"))
        state.press(.ctrl("u"))
        state.type("okta")
        #expect(state.press(.enter) == [.removeIdentityProvider(idpID: Fixtures.okta.id)])
        state.send(.identityProviderRemoved(name: "Okta", IdentityProviderRemoval(users: 120, groups: 8, tokens: 1)))
        #expect(state.modal == nil)
        #expect(state.status?.text == "Removed Okta: its token no longer works; 120 users and 8 groups deleted")
    }

    /// Advanced's Last request tells what the IdP was refused, not what it expected to hear.
    @Test func lastRequestNamesOnlyARefusal() {
        var state = AppState.loaded()
        let gone = Fixtures.traffic(60, age: -1, "DELETE", "/scim/v2/Users/ba055282-9c01-4a76-a237-11b99b3272d2", 404, "failed: not found")
        state.send(.trafficArrived([gone]))
        state.press(.c("2"), .c("G"), .enter, .right)
        #expect(!state.screen().contains("404"), "\(state.screen())")
        let refused = Fixtures.traffic(
            61, age: -2, "PATCH", "/scim/v2/Users/ba055282-9c01-4a76-a237-11b99b3272d2", 404, "failed: not found")
        state.send(.trafficArrived([refused]))
        #expect(state.screen().contains("404 failed: not found"), "\(state.screen())")
    }
}
