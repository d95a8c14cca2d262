/// Reads a month as billing exports and spreadsheets write one, in a cell or as a wide sheet's
/// column header: `2026-01`, `2026/1`, `Jan 2026`, `January 2026`, `Jan-26`, `01/2026`, `1.2026`,
/// or a date (`2026-01-01`, `31 Jan 2026`), which stands for its month.
public enum ImportMonth {
    public static let expected = "expected 2026-01, Jan 2026, Jan-26 or 01/2026"

    public static func read(_ text: String) -> YearMonth? {
        let trimmed = String(Substring(text).trimmingWhitespace())
        let pieces = trimmed.split(whereSeparator: { "/-. ,'’".contains($0) }).map(String.init)
        if pieces.count == 2 { return monthAndYear(pieces[0], pieces[1]) ?? monthAndYear(pieces[1], pieces[0]) }
        if pieces.count == 3, let reading = ImportDate.read(trimmed) {
            // A date stands for its month; 03/04/2026 is March or April, so no month at all.
            switch ImportDate.resolve(reading, order: nil) {
            case .some(.some(let day)): return day.yearMonth
            default: return nil
            }
        }
        return nil
    }

    /// "Jan" or "01" as the month, and "2026" or "26" as the year (a two-digit year is 20xx).
    private static func monthAndYear(_ monthText: String, _ yearText: String) -> YearMonth? {
        guard let year = Self.year(yearText) else { return nil }
        if let number = Int(monthText), monthText.count <= 2, (1...12).contains(number), yearText.count == 4 {
            return YearMonth(year: year, month: number)
        }
        guard let number = ImportDate.monthNumber(monthText) else { return nil }
        return YearMonth(year: year, month: number)
    }

    private static func year(_ text: String) -> Int? {
        guard text.allSatisfy(\.isASCII), let value = Int(text), value >= 0 else { return nil }
        switch text.count {
        case 4: return value
        case 2: return 2000 + value
        default: return nil
        }
    }
}
