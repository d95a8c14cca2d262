import RapportCore
@testable import RapportScreen
import XCTest

/// The monthly chart on its own: how it shares the width, how its axis names months and years,
/// and its legend, at the widths the Metrics section gives it on 80- and 120-column screens.
final class MonthlyChartTests: XCTestCase {
    /// The plot's width (the section's inner width less the value scale) on common screens.
    static let plotAt80Columns = 80 - 4 - MonthlyChart.scaleWidth
    static let plotAt120Columns = 120 - 4 - MonthlyChart.scaleWidth

    func testMonthsGetTwoCellsOrMoreAndFillTheWidth() {
        // 80 columns: two cells a month (a bar and a gap) for the latest 34 months, not 36 gapless.
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: Self.plotAt80Columns, monthCount: 36).width, 2)
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: Self.plotAt80Columns, monthCount: 36).shown, 34)
        // 100 columns: three cells would show only 29 months, fewer than the 30 worth keeping.
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: 89, monthCount: 36).width, 2)
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: 89, monthCount: 36).shown, 36)
        // 120 columns: three cells for all 36.
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: Self.plotAt120Columns, monthCount: 36).width, 3)
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: Self.plotAt120Columns, monthCount: 36).shown, 36)
        // Wide screens stop at four cells; a narrow one falls back to one cell, gapless.
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: 300, monthCount: 36).width, 4)
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: 33, monthCount: 36).width, 1)
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: 33, monthCount: 36).shown, 33)
        // A short series is never padded out past four cells a month.
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: 60, monthCount: 6).width, 4)
        XCTAssertEqual(MonthlyChart.columnLayout(plotWidth: 0, monthCount: 6).shown, 0)
    }

    func testTheAxisNamesEveryYearAndAsManyQuartersAsFit() {
        let fromDecember = (0..<15).map { YearMonth(year: 2024, month: 12).adding(months: $0) }
        func labels(_ columnWidth: Int, _ months: [YearMonth] = fromDecember) -> [String] {
            MonthlyChart.axisLabels(for: months, columnWidth: columnWidth, width: months.count * columnWidth).map { "\($0.x):\($0.text)" }
        }
        // Three cells a month: "Jan 25" fits in its quarter.
        XCTAssertEqual(labels(3), ["3:Jan 25", "12:Apr", "21:Jul", "30:Oct", "39:Jan 26"])
        // Two cells a month: the year alone marks January, so April still fits after it.
        XCTAssertEqual(labels(2), ["2:2025", "8:Apr", "14:Jul", "20:Oct", "26:2026"])
        // One cell: years first, then whichever quarters have room ("2026" would run past the edge).
        XCTAssertEqual(labels(1), ["1:2025", "7:Jul"])
        // Starting after January, the first label carries its year.
        let fromMarch = (0..<8).map { YearMonth(year: 2025, month: 3).adding(months: $0) }
        XCTAssertEqual(labels(3, fromMarch), ["3:Apr 25", "12:Jul", "21:Oct"])
        // No quarter start at all: the first month, with its year.
        XCTAssertEqual(labels(3, [YearMonth(year: 2026, month: 2), YearMonth(year: 2026, month: 3)]), ["0:Feb 26"])
        // A label that would run past the edge is left out.
        XCTAssertEqual(MonthlyChart.axisLabels(for: Array(fromDecember.prefix(3)), columnWidth: 2, width: 5).map(\.text), [])
    }

    func testTheLegendNamesWhatTheMonthsHoldInWordsOrInShort() {
        let months = Self.months()
        let long = MonthlyChart.legend(for: months, width: 69)
        XCTAssertEqual(long.map(\.glyph), ["█", "─", "●", "░", "·"])
        XCTAssertEqual(long.map(\.label), ["actual", "target", "forecast", "80% range", "95% range"])
        XCTAssertEqual(MonthlyChart.length(of: long), 60)
        XCTAssertEqual(MonthlyChart.legend(for: months, width: 49).map(\.label), ["actual", "target", "forecast", "80%", "95%"])
        // A history with no targets and no forecast names only the bars.
        let actualsOnly = months.prefix(12).map { MonthlyChart.Month(month: $0.month, actual: $0.actual, target: nil) }
        XCTAssertEqual(MonthlyChart.legend(for: Array(actualsOnly), width: 69).map(\.label), ["actual"])
    }

    /// The Metrics section's chart body on an 80-column screen (76 wide, 13 rows at 80×24) and
    /// on a 120-column one (116 wide, the full 17 rows): bars with gaps across the width, years
    /// on the axis, and the legend on the last row in each thing's own style.
    func testChartAt80And120Columns() {
        for (width, height, name) in [(76, 13, "monthly-chart-80-columns"), (116, 17, "monthly-chart-120-columns")] {
            var buffer = Buffer(width: width, height: height)
            MonthlyChart(months: Self.months()).render(in: buffer.area, into: &buffer, theme: TestThemes.plain)
            assertSnapshot(buffer.lines, named: name)
            var roles = Buffer(width: width, height: height)
            MonthlyChart(months: Self.months()).render(in: roles.area, into: &roles, theme: TestThemes.roles)
            let legendRuns = TestThemes.roleRuns(roles)[height - 1]
            XCTAssertEqual(legendRuns, "7-7 sparkline | 8-17 text.dim | 18-18 kpi.good | 19-28 text.dim | 29-29 kpi.warn | 30-66 text.dim", name)
            XCTAssertTrue(buffer.lines[height - 1].hasPrefix("       █ actual   ─ target   ● forecast"), name)
        }
    }

    /// Tiny areas draw nothing or a bare plot and never spill; the legend comes with the fifth row.
    func testSmallAreasStayInsideAndKeepThePlotBeforeTheLegend() {
        for (width, height) in [(0, 0), (1, 1), (11, 10), (12, 3), (12, 4), (30, 5)] {
            var buffer = Buffer(width: width, height: height)
            MonthlyChart(months: Self.months()).render(in: buffer.area, into: &buffer, theme: TestThemes.plain)
            XCTAssertTrue(buffer.lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width)×\(height)")
            let drawn = buffer.lines.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            XCTAssertEqual(drawn, width >= 12 && height >= 4, "\(width)×\(height)")
            XCTAssertEqual(buffer.lines.last?.contains("█ act") ?? false, width >= 12 && height >= 5, "\(width)×\(height)")
        }
    }

    /// Two years of actuals against a target, a part-month now, and a year of forecast with its
    /// bands: December 2024 to November 2027, 36 months, as the Metrics section gives them.
    static func months() -> [MonthlyChart.Month] {
        (0..<36).map { offset in
            let month = YearMonth(year: 2024, month: 12).adding(months: offset)
            let seasonal = Double([0, 2, 4, 6, 4, 2, 0, -2, -4, -6, -4, -2][month.month - 1])
            let level = 100 + Double(offset) + seasonal * 3
            if offset < 24 {
                return MonthlyChart.Month(month: month, actual: level * 100, target: 11_000, highlighted: offset >= 22)
            }
            let forecast = level * 100
            return MonthlyChart.Month(
                month: month, actual: offset == 24 ? 3_000 : nil, target: 11_000, forecast: forecast,
                band80: (forecast - 1_500)...(forecast + 1_500), band95: (forecast - 2_500)...(forecast + 2_500))
        }
    }
}
