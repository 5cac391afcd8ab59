/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator whose output is fixed by its seed on
/// every platform and Swift version, unlike `SystemRandomNumberGenerator`, so a seed names a run.
///
/// The helpers below use their own arithmetic instead of `Int.random(in:using:)`, whose mapping from
/// generator output to a range is a standard-library detail that may change between releases.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (multiply-shift; the bias is below 2⁻³² for the bounds used here).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int((UInt64(UInt32(truncatingIfNeeded: next() >> 32)) &* UInt64(bound)) >> 32)
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// True with probability `numerator / denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// `count` characters from `alphabet`, e.g. Okta-style ids.
    public mutating func string(_ count: Int, from alphabet: String) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters[below(characters.count)] })
    }

    /// A lowercase UUID-shaped string (version 4 layout), for Entra's object ids.
    public mutating func uuid() -> String {
        let hex = Array("0123456789abcdef")
        var digits = (0..<32).map { _ in hex[below(16)] }
        digits[12] = "4"
        digits[16] = hex[8 + below(4)]
        let text = String(digits)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(text.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}
