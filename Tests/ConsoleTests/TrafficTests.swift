import Foundation
import Provisioning
import TermUI
import Testing

@testable import Console

@Suite struct TrafficTests {
    static func newer(_ ids: ClosedRange<Int>, status: Int = 200) -> [TrafficRecord] {
        ids.map { Fixtures.traffic($0, age: 0, "GET", "/scim/v2/Users/\($0)", status, "read user \($0)") }
    }

    static func trafficView() -> AppState {
        var state = AppState.loaded()
        state.press(.c("5"))
        return state
    }

    func selectedID(_ state: AppState) -> Int64? {
        let rows = state.traffic.visible
        return state.traffic.selectedIndex(in: rows).map { rows[$0].id }
    }

    @Test func followingKeepsTheNewestSelected() {
        var state = Self.trafficView()
        #expect(selectedID(state) == 12)
        state.send(.trafficArrived(Self.newer(13...15)))
        #expect(selectedID(state) == 15)
        #expect(state.traffic.newWhilePaused == 0)
    }

    @Test func pausedCountsNewRecordsAndKeepsTheSelection() {
        var state = Self.trafficView()
        state.press(.c("F"), .c("j"), .c("j"))
        #expect(!state.traffic.following)
        #expect(selectedID(state) == 10)
        let offset = state.traffic.scrollOffset
        state.send(.trafficArrived(Self.newer(13...15)))
        #expect(selectedID(state) == 10)
        #expect(state.traffic.newWhilePaused == 3)
        #expect(state.traffic.scrollOffset == offset)  // 15 rows fit: nothing to scroll
        #expect(state.screen().contains("PAUSED +3 new"))
        // F resumes and jumps to the newest.
        state.press(.c("F"))
        #expect(state.traffic.following)
        #expect(state.traffic.newWhilePaused == 0)
        #expect(selectedID(state) == 15)
        #expect(state.screen().contains("● LIVE"))
    }

    @Test func pausedRowsStayPutOnAScreenThatScrolls() {
        var state = AppState.empty()
        state.send(.trafficLoaded(Self.newer(1...60).reversed()))
        state.press(.c("5"))
        for _ in 0..<30 { state.press(.c("j")) }
        let before = (id: selectedID(state), offset: state.traffic.scrollOffset)
        #expect(before.offset > 0)
        state.send(.trafficArrived(Self.newer(61...64)))
        #expect(selectedID(state) == before.id)
        #expect(state.traffic.scrollOffset == before.offset + 4)
    }

    @Test func movingAwayFromTheTopPauses() {
        var state = Self.trafficView()
        state.press(.c("j"))
        #expect(!state.traffic.following)
        #expect(selectedID(state) == 11)
    }

    @Test func errorJumps() {
        var state = Self.trafficView()
        state.press(.c("e"))
        #expect(selectedID(state) == 10)
        state.press(.c("e"))
        #expect(selectedID(state) == 8)
        // The 409 Entra got for creating a group that exists (5) is expected, not an error to jump to.
        state.press(.c("e"))
        #expect(selectedID(state) == 8)
        #expect(state.status?.text == "No more errors below")
        state.press(.c("E"))
        #expect(selectedID(state) == 10)
        state.press(.c("g"), .c("E"))
        #expect(state.status?.text == "No more errors above")
    }

    @Test func theRingKeepsTheNewestRecordsOnly() {
        var state = AppState(now: Fixtures.now, listener: .databaseOnly, scimBaseURL: nil, trafficCapacity: 100)
        state.send(.trafficLoaded([]))
        for batch in stride(from: 1, through: 241, by: 60) {
            state.send(.trafficArrived(Self.newer(batch...(batch + 59))))
        }
        #expect(state.traffic.records.count == 100)
        #expect(state.traffic.records[newestFirst: 0].id == 300)
        #expect(state.traffic.records[newestFirst: 99].id == 201)
        #expect(state.traffic.lastID == 300)
    }

    @Test func pausedSelectionFallsBackWhenItsRecordIsDropped() {
        var state = AppState(now: Fixtures.now, listener: .databaseOnly, scimBaseURL: nil, trafficCapacity: 10)
        state.send(.trafficLoaded(Self.newer(1...10).reversed()))
        state.press(.c("5"), .c("G"))
        #expect(selectedID(state) == 1)
        state.send(.trafficArrived(Self.newer(11...12)))
        #expect(selectedID(state) == 3)
    }

    @Test func pollingAsksOnceAtATimeFromTheLastID() {
        var state = AppState.empty()
        let start = state.send(.start)
        #expect(start.contains(.loadRecentTraffic(limit: TrafficState.defaultCapacity)))
        #expect(state.send(.pollDue) == [])  // the initial load is still running
        state.send(.trafficLoaded(Fixtures.trafficRecords.reversed()))
        #expect(state.send(.pollDue) == [.pollTraffic(afterID: 12)])
        #expect(state.send(.pollDue) == [])
        state.send(.trafficArrived([]))
        #expect(state.send(.pollDue) == [.pollTraffic(afterID: 12)])
        // A full batch means more are waiting: the next poll goes out at once.
        let full = Self.newer(13...(12 + TrafficState.pollLimit))
        #expect(state.send(.trafficArrived(full)) == [.pollTraffic(afterID: Int64(12 + TrafficState.pollLimit))])
    }

    @Test func aFailedPollIsShownAndRetried() {
        var state = AppState.loaded()
        #expect(state.send(.pollDue) == [.pollTraffic(afterID: 12)])
        state.send(.trafficPollFailed("database is locked"))
        #expect(state.status?.text == "could not read traffic: database is locked")
        #expect(state.send(.pollDue) == [.pollTraffic(afterID: 12)])
    }

    @Test func enterOpensTheRecordAndEscCloses() {
        var state = Self.trafficView()
        state.press(.c("e"), .enter)
        #expect(state.traffic.detail?.id == 10)
        #expect(state.screen().contains("500 Internal Server Error"))
        #expect(state.screen().contains("upstream timed out"))
        state.press(.escape)
        #expect(state.traffic.detail == nil)
    }
}
