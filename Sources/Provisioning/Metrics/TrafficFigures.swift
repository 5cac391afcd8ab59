import Foundation
import Synchronization

/// Requests of the last five minutes by outcome, one bucket per second: what the console's top bar
/// shows (rate, errors, drift, the sparkline).
///
/// One counter type for both readers: the listener feeds it through swift-metrics (the same
/// `scimdesk_request_outcomes_total` increments `/metrics` exports), so the top bar and a scrape
/// never disagree; a console that only watches a database feeds it the traffic records it reads.
public final class TrafficFigures: Sendable {
    /// The figures at one moment.
    public struct Snapshot: Sendable, Hashable {
        /// Requests per second over the last ``rateWindow`` seconds.
        public var rate: Double
        /// Answers someone must act on (``TrafficOutcome/error``) in the last ``errorWindow`` seconds.
        public var errors: Int
        /// Attempts to change a protected admin in the last ``errorWindow`` seconds.
        public var drift: Int
        /// Requests in each of the last seconds, oldest first.
        public var perSecond: [Double]

        public init(rate: Double = 0, errors: Int = 0, drift: Int = 0, perSecond: [Double] = Array(repeating: 0, count: 20)) {
            self.rate = rate
            self.errors = errors
            self.drift = drift
            self.perSecond = perSecond
        }
    }

    public static let rateWindow = 10
    public static let errorWindow = 300

    private struct Bucket {
        /// The whole second (since 1970) this bucket counts, or nil while unused.
        var second: Int64?
        var requests = 0
        var errors = 0
        var drift = 0
    }

    private let buckets = Mutex([Bucket](repeating: Bucket(), count: TrafficFigures.errorWindow + 1))

    public init() {}

    /// Counts one answered request.
    public func record(_ outcome: TrafficOutcome, at date: Date) {
        let second = Self.second(of: date)
        let slot = Int(((second % Int64(Self.errorWindow + 1)) + Int64(Self.errorWindow + 1)) % Int64(Self.errorWindow + 1))
        buckets.withLock { buckets in
            // A slot holding a later second means this request is older than the whole window.
            if let held = buckets[slot].second, held > second { return }
            if buckets[slot].second != second { buckets[slot] = Bucket(second: second) }
            buckets[slot].requests += 1
            if outcome == .error { buckets[slot].errors += 1 }
            if outcome == .drift { buckets[slot].drift += 1 }
        }
    }

    /// The figures as of `now`, with the last `seconds` seconds for the sparkline. A request dated
    /// after `now` (another host's clock) counts as this second's.
    public func snapshot(at now: Date, seconds: Int = 20) -> Snapshot {
        let current = Self.second(of: now)
        var snapshot = Snapshot(perSecond: [Double](repeating: 0, count: max(1, seconds)))
        var inRate = 0
        buckets.withLock { buckets in
            for bucket in buckets {
                guard let second = bucket.second else { continue }
                let age = Int(max(0, current - second))
                guard age <= Self.errorWindow else { continue }
                if age <= Self.rateWindow { inRate += bucket.requests }
                snapshot.errors += bucket.errors
                snapshot.drift += bucket.drift
                let index = snapshot.perSecond.count - 1 - age
                if index >= 0 { snapshot.perSecond[index] += Double(bucket.requests) }
            }
        }
        snapshot.rate = Double(inRate) / Double(Self.rateWindow)
        return snapshot
    }

    static func second(of date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
