import Foundation

extension BreakerPolicy: CustomStringConvertible {
    /// `off`, `on`, or settings that change `base`: `users=25,share=10%,groups=10,window=10m` (any
    /// subset, separated by commas or spaces). Setting a limit turns the breaker on.
    public init(parsing text: String, changing base: BreakerPolicy = .standard) throws(DomainError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "off" {
            self = base
            enabled = false
            return
        }
        self = base
        enabled = true
        guard trimmed != "on" else { return }
        let items = trimmed.split(whereSeparator: { $0 == "," || $0 == " " })
        guard !items.isEmpty else { throw Self.invalid(text) }
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw Self.invalid(text) }
            switch parts[0] {
            case "users": maximumUsers = try Self.count(parts[1], text)
            case "groups": maximumGroups = try Self.count(parts[1], text)
            case "share":
                let number = parts[1].hasSuffix("%") ? String(parts[1].dropLast()) : parts[1]
                guard let percent = Double(number), percent > 0, percent <= 100 else { throw Self.invalid(text) }
                maximumUserShare = percent / 100
            case "window":
                window = try ValidityDuration(parsing: parts[1])
                guard window.seconds >= 60, window.seconds <= 7 * 86_400 else {
                    throw DomainError.invalidInput("The breaker window must be between 1m and 7d, not \(parts[1]).")
                }
            default: throw Self.invalid(text)
            }
        }
    }

    /// "more than 25 users (or 10 % of them) or 10 groups within 10m", or "off".
    public var description: String {
        guard enabled else { return "off" }
        let share = Int((maximumUserShare * 100).rounded())
        return "more than \(maximumUsers) users (or \(share)% of them) or \(maximumGroups) groups within \(window)"
    }

    /// The settings in the form `init(parsing:)` reads.
    public var settings: String {
        guard enabled else { return "off" }
        return "users=\(maximumUsers),share=\(Int((maximumUserShare * 100).rounded()))%,groups=\(maximumGroups),window=\(window)"
    }

    private static func count(_ text: String, _ whole: String) throws(DomainError) -> Int {
        guard let value = Int(text), value >= 1 else { throw invalid(whole) }
        return value
    }

    private static func invalid(_ text: String) -> DomainError {
        .invalidInput(
            "'\(text)' is not a breaker setting; use off, on, or e.g. users=25,share=10%,groups=10,window=10m (any of them).")
    }
}
