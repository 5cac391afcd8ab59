import Foundation
import Testing

@testable import SCIMServer

/// The rate limiter's arithmetic on its own: burst, refill, the Retry-After it names, a clock that steps back.
@Suite struct TokenBucketTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aFullBucketAdmitsItsBurstThenNamesTheWait() {
        var bucket = TokenBucket(rate: 2, capacity: 5, now: start)
        #expect((0..<5).allSatisfy { _ in bucket.take(at: start) == nil })
        #expect(bucket.take(at: start) == 1)  // half a second to the next token, rounded up to a whole second
        var slow = TokenBucket(rate: 0.25, capacity: 1, now: start)
        #expect(slow.take(at: start) == nil)
        #expect(slow.take(at: start) == 4)
    }

    @Test func tokensComeBackAtTheRateUpToTheCapacity() {
        var bucket = TokenBucket(rate: 2, capacity: 5, now: start)
        for _ in 0..<5 { _ = bucket.take(at: start) }
        #expect(bucket.take(at: start + 0.5) == nil)
        #expect(bucket.take(at: start + 0.5) != nil)
        #expect(!bucket.isFull(at: start + 1))
        #expect(bucket.isFull(at: start + 60))
        // An hour idle refills to the capacity, not beyond it.
        let later = start + 3_600
        #expect((0..<5).allSatisfy { _ in bucket.take(at: later) == nil })
        #expect(bucket.take(at: later) != nil)
    }

    @Test func aClockThatStepsBackDoesNotDrainOrFillTheBucket() {
        var bucket = TokenBucket(rate: 1, capacity: 2, now: start)
        #expect(bucket.take(at: start) == nil)
        #expect(bucket.take(at: start - 30) == nil)
        #expect(bucket.take(at: start - 30) == 1)
    }
}
