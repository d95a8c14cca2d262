import Foundation

/// The periods a report can be asked for, as a person types them: a month (`2026-11`), a
/// fiscal quarter (`2026-Q3`) or a fiscal year (`FY2026`, or `2026`).
///
/// A quarter or a year is the fiscal calendar's: `2026-Q1` with a February start is the first
/// quarter of FY2026 (Feb–Apr 2025), because a fiscal year is named after the year it ends in.
public enum ReportPeriodText {
    public static let acceptedForms = "a month (2026-11), a quarter (2026-Q3) or a fiscal year (FY2026)"

    public static func parse(_ text: String, calendar: FiscalCalendar) throws(ReportPeriodError) -> Period {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let month = YearMonth(iso: trimmed) { return Period(size: .month, containing: month, calendar: calendar) }
        let upper = trimmed.uppercased()
        let yearText = upper.hasPrefix("FY") ? String(upper.dropFirst(2)) : upper
        if let year = fourDigitYear(yearText) {
            return Period(size: .year, containing: firstMonth(ofFiscalYear: year, calendar: calendar), calendar: calendar)
        }
        let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let year = fourDigitYear(String(parts[0])), parts[1].count == 2, parts[1].first == "Q",
            let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
        {
            let start = firstMonth(ofFiscalYear: year, calendar: calendar).adding(months: (quarter - 1) * 3)
            return Period(size: .quarter, containing: start, calendar: calendar)
        }
        throw ReportPeriodError(text: text)
    }

    /// `2026-11`, `2026-Q3`, `FY2026`: the form `parse` reads back, for file names and JSON.
    public static func key(of period: Period) -> String {
        switch period.size {
        case .month: return period.start.iso
        case .quarter:
            let calendar = period.calendar
            return "\(calendar.fiscalYear(containing: period.start))-Q\(calendar.quarter(containing: period.start))"
        case .year: return "FY\(period.calendar.fiscalYear(containing: period.start))"
        }
    }

    /// FY2027 with a February start begins in February 2026; with January, in January 2027.
    static func firstMonth(ofFiscalYear year: Int, calendar: FiscalCalendar) -> YearMonth {
        YearMonth(year: calendar.firstMonth == 1 ? year : year - 1, month: calendar.firstMonth)
    }

    private static func fourDigitYear(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(text)
    }
}

/// A period that is not one; its message lists the forms that are.
public struct ReportPeriodError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public var description: String {
        "\"\(TextSafety.oneLine(text))\" is not a period: give \(ReportPeriodText.acceptedForms)"
    }
}
