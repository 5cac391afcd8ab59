import Foundation
import Provisioning

/// Request rate and errors from the traffic the console holds, for the top bar.
struct TrafficStats {
    /// Requests per second over the last ``rateWindow``.
    var rate: Double
    /// Error responses (4xx/5xx) in the last ``errorWindow``.
    var errors: Int
    /// Requests per second, oldest first, one value per second.
    var perSecond: [Double]

    static let rateWindow: TimeInterval = 10
    static let errorWindow: TimeInterval = 300

    init(_ records: RingBuffer<TrafficRecord>, now: Date, seconds: Int = 20) {
        var inRate = 0
        var errors = 0
        var buckets = [Double](repeating: 0, count: max(1, seconds))
        // Newest first, so the walk stops at the first record older than every window.
        let horizon = max(Self.errorWindow, Double(buckets.count))
        for index in 0..<records.count {
            let record = records[newestFirst: index]
            let age = now.timeIntervalSince(record.time)
            if age > horizon { break }
            if age <= Self.rateWindow { inRate += 1 }
            if age <= Self.errorWindow, record.isError { errors += 1 }
            let bucket = buckets.count - 1 - Int(max(0, age).rounded(.down))
            if bucket >= 0 { buckets[bucket] += 1 }
        }
        rate = Double(inRate) / Self.rateWindow
        self.errors = errors
        perSecond = buckets
    }
}
