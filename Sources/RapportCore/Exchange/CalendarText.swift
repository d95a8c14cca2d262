/// An all-day event of an iCalendar file (RFC 5545): a follow-up, a due date, a renewal.
public struct CalendarDay: Hashable, Sendable {
    /// Stable across exports (it names the record and what the date is for, never the date),
    /// so a calendar that reads the file again moves the event rather than adding another.
    public var uid: String
    public var day: Day
    public var summary: String
    public var description: String

    public init(uid: String, day: Day, summary: String, description: String) {
        self.uid = uid
        self.day = day
        self.summary = summary
        self.description = description
    }

    /// The VEVENT: UID, DTSTAMP, DTSTART;VALUE=DATE, DTEND (the next day: an all-day event),
    /// SUMMARY, DESCRIPTION when there is one, and TRANSP:TRANSPARENT (a reminder, not a
    /// meeting: it does not make its day look busy).
    public func event(stamp: CalendarStamp) -> String {
        var event = "BEGIN:VEVENT\r\n"
        event += ContentLine.line("UID", ContentLine.escaped(uid))
        event += ContentLine.line("DTSTAMP", stamp.text)
        event += ContentLine.line("DTSTART;VALUE=DATE", Self.basic(day))
        event += ContentLine.line("DTEND;VALUE=DATE", Self.basic(day.adding(days: 1)))
        event += ContentLine.line("SUMMARY", ContentLine.escaped(summary))
        if !description.isEmpty { event += ContentLine.line("DESCRIPTION", ContentLine.escaped(description)) }
        event += "TRANSP:TRANSPARENT\r\n"
        return event + "END:VEVENT\r\n"
    }

    /// `20261215`: RFC 5545's DATE.
    static func basic(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }
}

/// A moment in UTC as RFC 5545 writes it (`20261201T093000Z`), for DTSTAMP.
public struct CalendarStamp: Hashable, Sendable {
    public let text: String

    /// `secondsSince1970` in UTC; Core has no clock, so the caller says when.
    public init(secondsSince1970: Int64) {
        let days = Int(secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400)
        let seconds = Int(secondsSince1970 - Int64(days) * 86_400)
        let time = [seconds / 3600, seconds / 60 % 60, seconds % 60].map { Day.pad($0, 2) }.joined()
        text = CalendarDay.basic(Day(daysSinceEpoch: days)) + "T" + time + "Z"
    }
}

/// The frame of an iCalendar file: one VCALENDAR around the events.
public enum CalendarText {
    /// The opening lines: BEGIN, VERSION and PRODID (required), CALSCALE, and a name a
    /// calendar app shows for a subscribed file.
    public static func header(productVersion: String) -> String {
        "BEGIN:VCALENDAR\r\n" + "VERSION:2.0\r\n" + ContentLine.line("PRODID", "-//Rapport//Rapport \(productVersion)//EN")
            + "CALSCALE:GREGORIAN\r\n" + ContentLine.line("X-WR-CALNAME", "Rapport")
    }

    public static let footer = "END:VCALENDAR\r\n"
}
