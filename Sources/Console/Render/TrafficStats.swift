import Foundation
import Provisioning

/// Request rate and errors from the traffic the console holds, for the top bar.
struct TrafficStats {
    /// Requests per second over the last ``rateWindow``.
    var rate: Double
    /// Responses an admin must act on (see ``TrafficOutcome``) in the last ``errorWindow``.
    var errors: Int
    /// Attempts to change a protected admin in the last ``errorWindow``.
    var drift: Int
    /// Requests per second, oldest first, one value per second.
    var perSecond: [Double]

    static let rateWindow: TimeInterval = 10
    static let errorWindow: TimeInterval = 300

    init(_ records: RingBuffer<TrafficRecord>, now: Date, seconds: Int = 20) {
        var inRate = 0
        var errors = 0
        var drift = 0
        var buckets = [Double](repeating: 0, count: max(1, seconds))
        // Newest first, so the walk stops at the first record older than every window.
        let horizon = max(Self.errorWindow, Double(buckets.count))
        for index in 0..<records.count {
            let record = records[newestFirst: index]
            let age = now.timeIntervalSince(record.time)
            if age > horizon { break }
            if age <= Self.rateWindow { inRate += 1 }
            if age <= Self.errorWindow {
                switch TrafficOutcome(record) {
                case .error: errors += 1
                case .drift: drift += 1
                case .ok, .expected: break
                }
            }
            let bucket = buckets.count - 1 - Int(max(0, age).rounded(.down))
            if bucket >= 0 { buckets[bucket] += 1 }
        }
        rate = Double(inRate) / Self.rateWindow
        self.errors = errors
        self.drift = drift
        perSecond = buckets
    }
}
