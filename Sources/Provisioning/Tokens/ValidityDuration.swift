import Foundation

/// A length of time written the way operators type it: `365d`, `12h`, `30m`, `45s`, or `0`.
public struct ValidityDuration: Sendable, Hashable, CustomStringConvertible {
    public let seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    public static let oneYear = ValidityDuration(seconds: 365 * 86_400)
    public static let zero = ValidityDuration(seconds: 0)

    /// Parses `<integer><unit>` with unit `s`, `m`, `h` or `d`; a bare `0` means no time at all.
    public init(parsing text: String) throws(DomainError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "0" { self.seconds = 0; return }
        guard let unit = trimmed.last, let multiplier = Self.units[unit],
            let amount = Int(trimmed.dropLast()), amount >= 0
        else {
            throw .invalidInput("'\(text)' is not a duration; write a whole number and a unit, e.g. 365d, 12h, 30m or 45s")
        }
        let (product, overflow) = amount.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { throw .invalidInput("'\(text)' is too long a duration") }
        self.seconds = product
    }

    static let units: [Character: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]

    public var timeInterval: TimeInterval { TimeInterval(seconds) }

    public var description: String {
        if seconds == 0 { return "0" }
        for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60)] where seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }
}
