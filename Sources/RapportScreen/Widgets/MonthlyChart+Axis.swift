import RapportCore

/// How the chart shares its width between months, and where the month axis puts its labels.
extension MonthlyChart {
    /// Fewest months worth showing wider columns for: the period, most of the year before it
    /// and the year ahead.
    static let fewestMonthsForWiderColumns = 30
    /// Wider bars than three cells only stretch the chart.
    static let widestColumn = 4

    /// Cells per month and how many months (the latest) show in `plotWidth`. Months are as wide
    /// as the plot allows, up to `widestColumn`; rather than draw every month gapless in one
    /// cell, the oldest are left out to give two cells each, as long as
    /// `fewestMonthsForWiderColumns` still show. So 36 months fill an 80-column screen two
    /// cells apiece instead of half of it one cell apiece.
    static func columnLayout(plotWidth: Int, monthCount: Int) -> (width: Int, shown: Int) {
        guard plotWidth > 0, monthCount > 0 else { return (1, 0) }
        let fewest = min(monthCount, fewestMonthsForWiderColumns)
        for width in stride(from: widestColumn, through: 2, by: -1) where min(monthCount, plotWidth / width) >= fewest {
            return (width, min(monthCount, plotWidth / width))
        }
        return (1, min(monthCount, plotWidth))
    }

    struct AxisLabel: Equatable {
        /// Columns from the plot's left edge.
        let x: Int
        let text: String
    }

    /// Each year's start marked with its year — "Jan 26" where a quarter has room for it, else
    /// "2026" — and "Apr", "Jul", "Oct" at the other quarters where they fit with a space on
    /// each side. Years are placed first, so a narrow chart keeps its years and drops quarters.
    /// The first label carries its year ("Apr 25") when it comes before any January, so no month
    /// on the axis goes without one.
    static func axisLabels(for months: [YearMonth], columnWidth: Int, width: Int) -> [AxisLabel] {
        let quarterStarts = months.enumerated().filter { ($0.element.month - 1) % 3 == 0 }.map { (x: $0.offset * columnWidth, month: $0.element) }
        let monthAndYearFitAQuarter = 3 * columnWidth > DisplayWidth.of(withYear(YearMonth(year: 2000, month: 1)))
        var placed: [AxisLabel] = []
        func place(_ x: Int, _ text: String) {
            let end = x + DisplayWidth.of(text)
            // A label needs a space on either side of it.
            guard end <= width, !placed.contains(where: { x <= $0.x + DisplayWidth.of($0.text) && $0.x <= end }) else { return }
            placed.append(AxisLabel(x: x, text: text))
        }
        for start in quarterStarts where start.month.month == 1 {
            place(start.x, monthAndYearFitAQuarter ? withYear(start.month) : "\(start.month.year)")
        }
        if let first = quarterStarts.first, first.month.month != 1 {
            place(first.x, withYear(first.month))
        } else if quarterStarts.isEmpty, let first = months.first {
            place(0, withYear(first))
        }
        for start in quarterStarts.dropFirst() where start.month.month != 1 { place(start.x, start.month.shortMonthName) }
        return placed.sorted { $0.x < $1.x }
    }

    /// "Jan 26"
    static func withYear(_ month: YearMonth) -> String {
        let year = ((month.year % 100) + 100) % 100
        return "\(month.shortMonthName) \(year < 10 ? "0" : "")\(year)"
    }
}
