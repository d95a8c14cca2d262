import RapportCore
import RapportScreen
import RapportViewModel
import XCTest

/// The Metrics section's chart on the demo book, for one account and for the whole book (`M`),
/// on 80×24 and 120×40 screens: it spans the width, its axis names the years, and its legend
/// shows even on the short screen.
final class MetricsChartSnapshotTests: XCTestCase {
    func testAccountMetricsChartAt80x24And120x40() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = try DemoScreen.demo(width: width, height: height)
            screen.press(.enter, .tab, .tab, .tab, .tab, .tab)
            XCTAssertEqual(screen.state.detail?.section, .metrics)
            let lines = screen.lines
            assertSnapshot(lines, named: "chart-account-metrics-\(width)x\(height)")
            assertChartReads(lines, "account at \(width)×\(height)")
        }
    }

    func testWholeBookMetricsChartAt80x24And120x40() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = try DemoScreen.demo(width: width, height: height)
            screen.press(.char("M"))
            XCTAssertEqual(screen.state.detail?.isBook, true)
            let lines = screen.lines
            assertSnapshot(lines, named: "chart-book-metrics-\(width)x\(height)")
            assertChartReads(lines, "whole book at \(width)×\(height)")
        }
    }

    /// What the snapshots are there to keep: a legend, years on the axis with a space between
    /// labels, and marks out to the right edge (less the last month, which may hold nothing).
    func assertChartReads(_ lines: [String], _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(lines.contains { $0.contains("█ actual") && $0.contains("● forecast") }, "legend, \(context)", file: file, line: line)
        let axis = lines.first { $0.contains("Oct") && $0.contains("Jul") }
        XCTAssertNotNil(axis?.range(of: #"(20\d\d|[A-Z][a-z]{2} \d\d)"#, options: .regularExpression), "a year on the axis, \(context)", file: file, line: line)
        XCTAssertNil(axis?.range(of: #"[0-9a-z][A-Z]"#, options: .regularExpression), "labels apart, \(context)", file: file, line: line)
        // The plot's last column with a mark (a bar, band, tick or dot) is near the frame's right edge.
        let plotRows = lines.filter { $0.contains("░") || $0.contains("●") }
        let lastMark = plotRows.compactMap { row in row.lastIndex { "█░●·─▬▁▂▃▄▅▆▇".contains($0) }.map { row.distance(from: row.startIndex, to: $0) } }.max() ?? 0
        let frameWidth = lines.first.map(\.count) ?? 0
        XCTAssertGreaterThan(lastMark, frameWidth - 10, "the chart spans the width, \(context)", file: file, line: line)
    }
}
