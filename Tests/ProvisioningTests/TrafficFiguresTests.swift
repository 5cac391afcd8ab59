import Foundation
import Provisioning
import Testing

/// The window the console's top bar reads: rate over 10 s, errors and drift over 5 min, one
/// sparkline bar per second.
@Suite struct TrafficFiguresTests {
    let now = Date(timeIntervalSince1970: 1_795_874_580)

    @Test func windowsAndBuckets() {
        let figures = TrafficFigures()
        for age in [0.0, 0.0, 1, 10, 11] { figures.record(.ok, at: now - age) }
        figures.record(.error, at: now - 299)
        figures.record(.error, at: now - 301)  // out of every window
        figures.record(.drift, at: now - 60)
        figures.record(.expected, at: now - 2)
        let snapshot = figures.snapshot(at: now, seconds: 5)
        #expect(snapshot.rate == 0.5)  // ages 0, 0, 1, 2, 10
        #expect(snapshot.errors == 1 && snapshot.drift == 1)
        #expect(snapshot.perSecond == [0, 0, 1, 1, 2])
    }

    @Test func oldBucketsAreReusedNotAdded() {
        let figures = TrafficFigures()
        figures.record(.error, at: now - 301)  // same slot as `now` in a 301-second ring
        figures.record(.ok, at: now)
        #expect(figures.snapshot(at: now).errors == 0)
        #expect(figures.snapshot(at: now).perSecond.last == 1)
        // Later, the whole window has passed.
        #expect(figures.snapshot(at: now + 400) == TrafficFigures.Snapshot(perSecond: Array(repeating: 0, count: 20)))
    }

    @Test func aRequestFromAClockAheadCountsNow() {
        let figures = TrafficFigures()
        figures.record(.error, at: now + 3)
        #expect(figures.snapshot(at: now).errors == 1)
    }
}
