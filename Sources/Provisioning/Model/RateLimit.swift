import Foundation

/// How many requests a second one IdP may send before the listener answers 429 (RFC 6585 §4).
///
/// A token bucket: `requestsPerSecond` sustained, with a burst of ten seconds' worth on top. The
/// limit guards against a runaway client, not against ordinary pushes: Okta pauses the whole
/// provisioning task on a 429 and gives up after ten retries, and Entra expects a target to take at
/// least 25 requests a second. The standard 50/s is twice Entra's figure, and the burst of 500 takes
/// an assignment of hundreds of users at once without a single 429.
public struct RateLimit: Sendable, Hashable, CustomStringConvertible {
    /// Sustained requests per second; 0 is off (no limit).
    public var requestsPerSecond: Int

    public static let standard = RateLimit(requestsPerSecond: 50)
    public static let off = RateLimit(requestsPerSecond: 0)
    /// The highest rate that can be set; above it the limit would never be reached by one IdP.
    public static let maximumRate = 100_000

    public init(requestsPerSecond: Int) {
        self.requestsPerSecond = requestsPerSecond
    }

    public var isOff: Bool { requestsPerSecond == 0 }

    /// Requests that may arrive at once after a quiet spell: ten seconds at the sustained rate.
    public var burst: Int { requestsPerSecond * 10 }

    /// `50/s`, or `off`.
    public var description: String { isOff ? "off" : "\(requestsPerSecond)/s" }

    /// Reads `N/s` (or a bare `N`) and `off`, as typed after `--rate-limit`.
    public init(parsing text: String) throws(DomainError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "off" {
            self = .off
            return
        }
        let number = trimmed.hasSuffix("/s") ? String(trimmed.dropLast(2)) : trimmed
        guard let rate = Int(number), (1...Self.maximumRate).contains(rate) else {
            throw DomainError.invalidInput(
                "rate limit \"\(text)\" is not N/s (requests per second, 1 to \(Self.maximumRate)) or off, e.g. 50/s")
        }
        self.init(requestsPerSecond: rate)
    }
}
