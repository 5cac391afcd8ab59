import Foundation
import Provisioning
import TermUI

@testable import Console

/// States built the way the console builds them: by sending messages through `update`.
extension AppState {
    static func empty(width: Int = 80, height: Int = 24, listener: ListenerStatus = .running(address: "0.0.0.0:8443")) -> AppState {
        AppState(now: Fixtures.now, width: width, height: height, listener: listener, scimBaseURL: Fixtures.baseURL)
    }

    /// Everything loaded: IdPs, users, groups, traffic, audit and admins.
    static func loaded(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState.empty(width: width, height: height)
        state.send(.start)
        state.send(.identityProvidersLoaded(Fixtures.idps))
        state.send(.adminsLoaded(Fixtures.admins))
        state.send(.trafficLoaded(Fixtures.trafficRecords.reversed()))
        state.send(.figuresSampled(Fixtures.figures.snapshot(at: Fixtures.now)))
        state.send(.usersLoaded(UserPage(filterText: "", offset: 0, items: Fixtures.users, total: Fixtures.users.count)))
        state.send(.groupsLoaded(GroupList(filterText: "", items: Fixtures.groups, total: Fixtures.groups.count)))
        state.send(.auditLoaded(AuditList(text: "", events: Fixtures.auditEvents)))
        return state
    }

    @discardableResult
    mutating func send(_ msg: Msg) -> [Effect] { update(&self, msg) }

    /// What follows when the listener answers `records`: the poll brings them to Traffic, and the
    /// loop's next sample of the listener's counters has them too.
    mutating func answered(_ records: [TrafficRecord]) {
        send(.trafficArrived(records))
        let figures = TrafficFigures()
        for index in 0..<traffic.records.count {
            let record = traffic.records[newestFirst: index]
            figures.record(TrafficOutcome(record), at: record.time)
        }
        send(.figuresSampled(figures.snapshot(at: now)))
    }

    /// Presses keys in order; returns the effects of all of them.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(&self, .key($0)) }
    }

    /// Types text one character at a time.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { update(&self, .key(.character($0))) }
    }

    /// The screen as text.
    func screen(theme: Theme = .color) -> String {
        var buffer = ScreenBuffer(width: width, height: height)
        render(self, into: &buffer, theme: theme)
        return buffer.text()
    }
}

extension Key {
    static func c(_ character: Character) -> Key { .character(character) }
}
