import Foundation
import Provisioning
import TermUI

extension AppState {
    /// The loop's timer: the first load until it succeeds, then a poll for newer records —
    /// never two at once, so a slow store is not flooded.
    mutating func pollDue() -> [Effect] {
        guard !traffic.isPolling else { return [] }
        traffic.isPolling = true
        return traffic.loaded ? [.pollTraffic(afterID: traffic.lastID)] : [.loadRecentTraffic(limit: traffic.records.capacity)]
    }

    /// The initial load, newest first.
    mutating func trafficLoaded(_ records: [TrafficRecord]) {
        traffic.isPolling = false
        traffic.loaded = true
        traffic.records.removeAll()
        traffic.records.append(contentsOf: records.reversed())
        for record in records.reversed() { traffic.names.learn(from: record) }
        traffic.lastID = records.map(\.id).max() ?? 0
        clampTraffic()
    }

    /// A poll's records, oldest first. Paused, the view stays where it is and counts them.
    mutating func trafficArrived(_ records: [TrafficRecord]) -> [Effect] {
        traffic.isPolling = false
        let fresh = records.filter { $0.id > traffic.lastID }
        guard !fresh.isEmpty else { return [] }
        traffic.lastID = fresh.map(\.id).max() ?? traffic.lastID
        traffic.records.append(contentsOf: fresh)
        for record in fresh { traffic.names.learn(from: record) }
        if fresh.contains(where: Self.changesData) { dataGeneration += 1 }
        if traffic.following {
            traffic.scrollOffset = 0
        } else {
            let matching = fresh.count { traffic.filter.matches($0, names: traffic.names) }
            traffic.newWhilePaused += matching
            traffic.scrollOffset += matching
        }
        clampTraffic()
        // A 503 may be the breaker holding: the top bar and IdP list must say so now, not within 10 s.
        let breaker = fresh.contains { $0.status == 503 } && !idpsLoading ? reloadIdentityProviders() : []
        // A full batch means more are waiting: fetch them now rather than at the next tick.
        guard records.count >= TrafficState.pollLimit else { return breaker + keepListCurrent() }
        traffic.isPolling = true
        return [.pollTraffic(afterID: traffic.lastID)] + breaker + keepListCurrent()
    }

    mutating func trafficPollFailed(_ message: String) {
        traffic.isPolling = false
        post("could not read traffic: \(message)", .error)
    }

    /// Re-anchors the selection after records arrived, dropped out or the filter changed.
    mutating func clampTraffic() {
        if traffic.isLiveUnfiltered {
            // The newest record is selected: nothing to re-anchor, no need to copy every row.
            traffic.scrollOffset =
                traffic.records.isEmpty
                ? 0
                : Scrolling.offset(
                    selected: 0, current: traffic.scrollOffset, visibleRows: tableRows, rowCount: traffic.records.count
                )
            return
        }
        let rows = traffic.visible
        guard let index = traffic.selectedIndex(in: rows) else {
            traffic.scrollOffset = 0
            return
        }
        if !traffic.following { traffic.selectedID = rows[index].id }
        traffic.scrollOffset = Scrolling.offset(
            selected: index, current: traffic.scrollOffset, visibleRows: tableRows, rowCount: rows.count
        )
    }

    mutating func moveTraffic(_ movement: Movement) {
        let rows = traffic.visible
        guard let current = traffic.selectedIndex(in: rows) else { return }
        selectTraffic(movement.target(from: current, count: rows.count, page: tableRows), in: rows)
    }

    /// Selects a row; leaving the top while following pauses, or the row would run away.
    mutating func selectTraffic(_ index: Int, in rows: [TrafficRecord]) {
        if traffic.following, index != 0 {
            traffic.following = false
            traffic.newWhilePaused = 0
        }
        traffic.selectedID = rows[index].id
        traffic.scrollOffset = Scrolling.offset(
            selected: index, current: traffic.scrollOffset, visibleRows: tableRows, rowCount: rows.count
        )
    }

    /// `F`: pause where you are, or resume and jump to the newest record.
    mutating func toggleFollow() -> [Effect] {
        if traffic.following {
            traffic.following = false
            traffic.newWhilePaused = 0
            traffic.selectedID = traffic.visible.first?.id
            post("Paused — new requests are counted above the table; F follows again")
        } else {
            traffic.following = true
            traffic.newWhilePaused = 0
            traffic.selectedID = nil
            traffic.scrollOffset = 0
            post("Following new requests")
        }
        return []
    }

    /// `e` / `E`: the next error row below / above the selection.
    mutating func jumpToError(forward: Bool) -> [Effect] {
        let rows = traffic.visible
        guard let current = traffic.selectedIndex(in: rows) else { return [] }
        let candidates = forward ? Array((current + 1)..<rows.count) : Array((0..<current).reversed())
        guard let hit = candidates.first(where: { TrafficOutcome(rows[$0]) == .error }) else {
            post(forward ? "No more errors below" : "No more errors above")
            return []
        }
        selectTraffic(hit, in: rows)
        return []
    }
}
