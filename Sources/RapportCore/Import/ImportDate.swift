/// The order of day, month and year in a numeric date: `--date-format dmy|mdy|ymd`.
public enum DateOrder: String, CaseIterable, Hashable, Sendable {
    case dmy, mdy, ymd
}

/// Reads dates as exports write them: `2026-03-04`, `2026/03/04`, `04/03/2026`, `3/4/2026`,
/// `04.03.2026`, `4 Mar 2026`, `Mar 4, 2026`, `March 4 2026`, and a time after the date
/// (`2026-03-04 10:00:00`, `2026-03-04T10:00:00Z`), which is ignored.
///
/// A numeric date whose first two parts could each be the day (`03/04/2026`) is ambiguous: the
/// column's other dates settle it (one with 13 or more in the first place means day first), or
/// `--date-format`.
public enum ImportDate {
    /// What a date reads as before the order of day and month is known.
    public enum Reading: Hashable, Sendable {
        case day(Day)
        /// `a/b/year`, either part possibly the day.
        case numeric(first: Int, second: Int, year: Int)
    }

    public static func read(_ text: String) -> Reading? {
        let trimmed = text.trimmingWhitespaceAndTime()
        let pieces = trimmed.split(whereSeparator: { "/-. ,".contains($0) }).map(String.init)
        guard pieces.count == 3 else { return nil }
        if let year = Int(pieces[0]), pieces[0].count == 4, let month = Int(pieces[1]), let day = Int(pieces[2]) {
            return Day(year: year, month: month, day: day).map(Reading.day)
        }
        if let month = monthNumber(pieces[0]), let day = Int(pieces[1]), let year = Int(pieces[2]), pieces[2].count == 4 {
            return Day(year: year, month: month, day: day).map(Reading.day)
        }
        if let day = Int(pieces[0]), let month = monthNumber(pieces[1]), let year = Int(pieces[2]), pieces[2].count == 4 {
            return Day(year: year, month: month, day: day).map(Reading.day)
        }
        if let first = Int(pieces[0]), let second = Int(pieces[1]), let year = Int(pieces[2]), pieces[2].count == 4,
            pieces[0].count <= 2, pieces[1].count <= 2
        {
            return .numeric(first: first, second: second, year: year)
        }
        return nil
    }

    /// The order a column's numeric dates imply: day first if one has a first part over 12,
    /// month first if one has a second part over 12; nil when none says.
    public static func impliedOrder(of readings: [Reading]) -> DateOrder? {
        for reading in readings {
            guard case .numeric(let first, let second, _) = reading else { continue }
            if first > 12 && second <= 12 { return .dmy }
            if second > 12 && first <= 12 { return .mdy }
        }
        return nil
    }

    /// The day a reading names under `order`; nil when that order makes no date (month 13).
    public static func resolve(_ reading: Reading, order: DateOrder?) -> Day?? {
        switch reading {
        case .day(let day): return .some(day)
        case .numeric(let first, let second, let year):
            if first == second { return .some(Day(year: year, month: first, day: first)) }
            switch order {
            case .dmy: return .some(Day(year: year, month: second, day: first))
            case .mdy: return .some(Day(year: year, month: first, day: second))
            case .ymd: return .some(nil)
            case nil:
                // Unambiguous on its own: only one reading makes a date.
                if first > 12 { return .some(Day(year: year, month: second, day: first)) }
                if second > 12 { return .some(Day(year: year, month: first, day: second)) }
                return nil
            }
        }
    }

    static func monthNumber(_ text: String) -> Int? {
        let lower = text.lowercased()
        guard lower.count >= 3, let index = YearMonth.shortNames.firstIndex(where: { lower.hasPrefix($0.lowercased()) }) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        // "Mar", "March" and "Sept" yes; "Marmalade" no.
        guard full[index].hasPrefix(lower) || (lower == "sept") else { return nil }
        return index + 1
    }
}

extension String {
    /// Without surrounding spaces or a time of day after the date.
    fileprivate func trimmingWhitespaceAndTime() -> String {
        var text = Substring(self).trimmingWhitespace()
        if let t = text.firstIndex(of: "T"), text.distance(from: text.startIndex, to: t) == 10 { text = text[..<t] }
        if let colon = text.firstIndex(of: ":"), let space = text[..<colon].lastIndex(of: " ") { text = text[..<space] }
        return String(text)
    }
}
