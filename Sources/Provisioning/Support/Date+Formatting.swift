import Foundation

extension Date {
    /// `2027-11-28` in UTC: how operators talk about expiry days.
    public var dayString: String {
        let c = Calendar.utc.dateComponents([.year, .month, .day], from: self)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// `2027-11-28 14:03 UTC`.
    public var minuteString: String {
        let c = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute], from: self)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// `2027-11-28 14:03:09 UTC`: for logs where the order of events within a minute matters.
    public var secondString: String {
        let c = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: self)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d UTC", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
