import Foundation
import Provisioning

/// How the console writes times, durations and numbers. All times are UTC, the way the audit
/// log and the IdPs' admin consoles show them, so two operators in different places agree.
enum Format {
    /// "14:03:07".
    static func clock(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = ((seconds % 86_400) + 86_400) % 86_400
        return String(format: "%02d:%02d:%02d", day / 3_600, day % 3_600 / 60, day % 60)
    }

    /// "11-28 14:03:07": a table cell that must order events to the second and never pass
    /// yesterday off as today (the year is in the detail).
    static func dayClock(_ date: Date) -> String { String(day(date).dropFirst(5)) + " " + clock(date) }

    /// "2026-11-28 14:03 UTC".
    static func minute(_ date: Date) -> String { date.minuteString }

    /// "2027-11-28".
    static func day(_ date: Date) -> String { date.dayString }

    /// Whole days from `now` until `date` (negative when past).
    static func days(from now: Date, to date: Date) -> Int {
        Int((date.timeIntervalSince(now) / 86_400).rounded())
    }

    /// "1 day", "12 days".
    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// "just now", "42 s ago", "5 min ago", "3 h ago", "2 days ago"; older than a month: the date.
    static func ago(_ date: Date, now: Date) -> String {
        let seconds = Int(now.timeIntervalSince(date).rounded(.down))
        switch seconds {
        case ..<5: return "just now"
        case ..<60: return "\(seconds) s ago"
        case ..<3_600: return "\(seconds / 60) min ago"
        case ..<86_400: return "\(seconds / 3_600) h ago"
        case ..<(31 * 86_400): return days(seconds / 86_400) + " ago"
        default: return day(date)
        }
    }

    /// "12 ms", "0.4 ms", "1.2 s".
    static func latency(microseconds: Int) -> String {
        if microseconds < 1_000 { return String(format: "%.1f ms", Double(microseconds) / 1_000) }
        if microseconds < 10_000_000 && microseconds >= 1_000_000 { return String(format: "%.1f s", Double(microseconds) / 1_000_000) }
        if microseconds >= 10_000_000 { return "\(microseconds / 1_000_000) s" }
        return "\(microseconds / 1_000) ms"
    }

    /// "1,204".
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// "3 users", "1 user".
    static func plural(_ value: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count(value)) " + (value == 1 ? noun : plural ?? noun + "s")
    }

    /// The first line of `text`, for one-row table cells.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }
}
