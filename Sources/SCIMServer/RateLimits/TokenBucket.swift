import Foundation

/// A token bucket: holds up to `capacity` tokens, gains `rate` a second, and each admitted request
/// takes one. Pure: the caller passes the time.
struct TokenBucket: Sendable {
    let rate: Double
    let capacity: Double
    private(set) var tokens: Double
    private var updated: Date

    init(rate: Double, capacity: Double, now: Date) {
        self.rate = rate
        self.capacity = capacity
        tokens = capacity
        updated = now
    }

    /// Takes a token if there is one; otherwise returns the whole seconds until there will be
    /// (at least 1, as an integer `Retry-After` needs).
    mutating func take(at now: Date) -> Int? {
        refill(at: now)
        if tokens >= 1 {
            tokens -= 1
            return nil
        }
        return max(1, Int(((1 - tokens) / rate).rounded(.up)))
    }

    /// Whether it has refilled completely by `now` (an idle bucket that can be forgotten).
    func isFull(at now: Date) -> Bool {
        tokens + now.timeIntervalSince(updated) * rate >= capacity
    }

    private mutating func refill(at now: Date) {
        // A clock that steps back must not drain the bucket.
        let elapsed = max(0, now.timeIntervalSince(updated))
        tokens = min(capacity, tokens + elapsed * rate)
        updated = now
    }
}
