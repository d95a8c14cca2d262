/// Reads the dates people type into a form field, absolute or relative to `today`:
///
/// - `2026-12-15`
/// - `today`, `tomorrow`, `yesterday`
/// - offsets `+7d`, `+2w`, `+3m`, `+1y`, `-3d` (also `+2 weeks`, and `7d` without the sign);
///   months and years keep the day of the month, clamped to the target month's length
/// - a weekday, `fri` or `friday`: the next such day strictly after today
/// - `next week` (next Monday), `next month` (its first day)
/// - `end of month` / `eom`, `end of quarter` / `eoq` (calendar quarters)
///
/// Case and surrounding whitespace do not matter. There is no clock here: `today` is passed in.
public enum DateInput {
    /// The forms every error message suggests, short enough to fit beside a field.
    public static let acceptedForms = "2026-12-15, +7d, fri or next month"

    public static func parse(_ text: String, today: Day) -> Result<Day, DateInputError> {
        let trimmed = Substring(text).trimmingWhitespace()
        if trimmed.isEmpty { return .failure(.empty) }
        let shown = echo(trimmed)
        // No date is this long; refusing early keeps a pasted page from being lowercased and split.
        if trimmed.utf8.count > maximumInputBytes { return .failure(.notADate(shown)) }
        let input = trimmed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")

        if let day = Day(iso: input) { return .success(day) }
        // The right shape but no such day (2026-02-30, 2026-13-01): say so rather than guess.
        if Day.parseISO(Array(input.utf8)) != nil { return .failure(.notADate(shown)) }
        if let named = phrase(input, today: today) { return named.map { .success($0) } ?? .failure(.outOfRange(shown)) }
        if let weekday = weekdays[input] { return .success(next(weekday: weekday, after: today)) }
        if let offset = offset(input, today: today, shown: shown) { return offset }
        return .failure(.notADate(shown))
    }

    /// How a resolved date reads next to the field: "today", "tomorrow", "in 5 days", "3 days ago",
    /// and beyond a week "Fri 4 Dec" ("Mon 4 Jan 2027" when the year differs from today's).
    public static func describe(_ day: Day, today: Day) -> String {
        let distance = today.days(until: day)
        switch distance {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2...6: return "in \(distance) days"
        case -6 ... -2: return "\(-distance) days ago"
        default:
            let (year, month, dayOfMonth) = day.components
            let date = "\(weekdayNames[day.isoWeekday - 1]) \(dayOfMonth) \(YearMonth.shortNames[month - 1])"
            return year == today.year ? date : "\(date) \(year)"
        }
    }

    // MARK: - The forms

    static let maximumInputBytes = 64

    /// Offsets beyond this many units are refused before any arithmetic, so that nothing can
    /// overflow; no one means more, and what still lands past year 9999 is caught afterwards.
    static let maximumOffset = 999_999

    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// ISO weekday (1 = Monday) by every spelling accepted.
    static let weekdays: [String: Int] = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var result: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            result[name] = index + 1
            result[String(name.prefix(3))] = index + 1
        }
        // The four-letter forms people write anyway.
        result["tues"] = 2
        result["thur"] = 4
        result["thurs"] = 4
        return result
    }()

    enum Unit {
        case days, weeks, months, years
    }

    static let units: [String: Unit] = [
        "d": .days, "day": .days, "days": .days,
        "w": .weeks, "wk": .weeks, "wks": .weeks, "week": .weeks, "weeks": .weeks,
        "m": .months, "mo": .months, "mos": .months, "month": .months, "months": .months,
        "y": .years, "yr": .years, "yrs": .years, "year": .years, "years": .years,
    ]

    /// A named day; `.some(nil)` when it names one but that day falls outside the calendar.
    static func phrase(_ input: String, today: Day) -> Day?? {
        switch input {
        case "today": return inCalendar(today)
        case "tomorrow": return inCalendar(today.adding(days: 1))
        case "yesterday": return inCalendar(today.adding(days: -1))
        case "next week": return inCalendar(next(weekday: 1, after: today))
        case "next month": return day(1, of: today.yearMonth.adding(months: 1))
        case "end of month", "eom": return day(31, of: today.yearMonth)
        case "end of quarter", "eoq":
            // Calendar quarters end in March, June, September and December.
            let month = today.yearMonth
            return day(31, of: month.adding(months: 2 - (month.month - 1) % 3))
        default: return nil
        }
    }

    /// `+7d`, `-2w`, `+3 months`, `7d`; nil when the input is not shaped like an offset at all.
    static func offset(_ input: String, today: Day, shown: String) -> Result<Day, DateInputError>? {
        var rest = Substring(input)
        var sign = 1
        let signed = rest.first == "+" || rest.first == "-"
        if rest.first == "-" { sign = -1 }
        if signed { rest = rest.dropFirst() }
        let digits = rest.prefix { ("0"..."9").contains($0) }
        let unitText = rest.dropFirst(digits.count).drop { $0 == " " }
        guard let unit = units[String(unitText)], !digits.isEmpty else {
            // "+0x", "+7", "-d": clearly meant as an offset, so say how offsets are written.
            return signed ? .failure(.badOffset(shown)) : nil
        }
        guard let amount = Int(digits), amount <= maximumOffset else {
            return .failure(.outOfRange(shown))
        }
        let count = sign * amount
        let result: Day?
        switch unit {
        case .days: result = inCalendar(today.adding(days: count))
        case .weeks: result = inCalendar(today.adding(days: 7 * count))
        case .months: result = day(today.dayOfMonth, of: today.yearMonth.adding(months: count))
        case .years: result = day(today.dayOfMonth, of: today.yearMonth.adding(months: 12 * count))
        }
        return result.map { .success($0) } ?? .failure(.outOfRange(shown))
    }

    /// The next `weekday` (1 = Monday) strictly after `today`: on a Friday, "fri" means a week on.
    static func next(weekday: Int, after today: Day) -> Day {
        let ahead = (weekday - today.isoWeekday + 7) % 7
        return today.adding(days: ahead == 0 ? 7 : ahead)
    }

    /// Day `dayOfMonth` of `month`, clamped to the month's length (Jan 31 + 1 month is Feb 28),
    /// or nil outside the years 1...9999 that `Day` can name.
    static func day(_ dayOfMonth: Int, of month: YearMonth) -> Day? {
        Day(year: month.year, month: month.month, day: min(dayOfMonth, month.dayCount))
    }

    static func inCalendar(_ day: Day) -> Day? {
        (1...9999).contains(day.year) ? day : nil
    }

    /// The input as the error message quotes it: cut short and with line breaks as spaces, so a
    /// pasted paragraph still gives a one-line message.
    static func echo(_ trimmed: Substring) -> String {
        let limit = 24
        let head = trimmed.prefix(limit + 1)
        let shown = TextSafety.typed(String(head.prefix(limit)))
        return head.count > limit ? shown + "…" : shown
    }
}

/// Why a typed date was refused. Each message says what is wrong and shows the accepted forms.
public enum DateInputError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    /// Not any accepted form, or a well-formed date that does not exist (2026-02-30).
    case notADate(String)
    /// Started like an offset but has no number or no known unit (`+0x`, `+7`).
    case badOffset(String)
    /// Resolves to a day outside the years 1...9999.
    case outOfRange(String)

    public var description: String {
        switch self {
        case .empty:
            return "no date given — use \(DateInput.acceptedForms)"
        case .notADate(let text):
            return "'\(text)' is not a date — use \(DateInput.acceptedForms)"
        case .badOffset(let text):
            return "'\(text)' is not a date — write an offset as a number and d, w or m: +7d, +2w, +3m"
        case .outOfRange(let text):
            return "'\(text)' is too far away — use a date from year 1 to 9999, like \(DateInput.acceptedForms)"
        }
    }
}
