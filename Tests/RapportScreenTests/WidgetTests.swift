import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

final class WidgetTests: XCTestCase {
    let theme = ThemeLoader.defaultTheme

    /// Every widget and the whole dashboard draw nothing outside a tiny area, and never crash.
    func testEverythingRendersSafelyAtZeroAndOneCell() throws {
        let state = try DemoScreen.demoDriver(accounts: 3, storeName: "s").state
        XCTAssertEqual(state.accounts.entries.count, 3)
        for (width, height) in [(0, 0), (1, 1), (2, 2), (1, 0), (0, 1)] {
            var buffer = Buffer(width: width, height: height)
            let area = buffer.area
            Block(title: "Title", focused: true, trailingTitle: "x").render(in: area, into: &buffer, theme: theme)
            Table(columns: [Table.Column("A", width: 3, flexible: true), Table.Column("B", width: 4)])
                .render(in: area, into: &buffer, theme: theme, rows: [[.init("東京精密"), .init("x")]], selected: 0, focused: true)
            ProgressBar.render(percent: 50, at: 0, y: 0, width: width, into: &buffer, theme: theme)
            KPITile(label: "L", value: [.init("$1M", .kpiValue)], detail: [.init("d", .textDim)]).render(in: area, into: &buffer, theme: theme)
            buffer.write("🥐東", x: 0, y: 0, style: .plain)
            var scroll = ScrollMemory()
            DashboardView(state: state, theme: theme, storePath: "/s").render(into: &buffer, scroll: &scroll)
            XCTAssertEqual(buffer.lines.count, height)
            XCTAssertTrue(buffer.lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width)×\(height): \(buffer.lines)")
        }
    }

    func testProgressBarHasEighthPrecisionAndExactWidth() {
        XCTAssertEqual(ProgressBar.parts(percent: 0, width: 10).filled, "")
        XCTAssertEqual(ProgressBar.parts(percent: 0, width: 10).empty, "░░░░░░░░░░")
        XCTAssertEqual(ProgressBar.parts(percent: 100, width: 10).filled, "██████████")
        XCTAssertEqual(ProgressBar.parts(percent: 35, width: 10).filled, "███▌")
        for percent in stride(from: 0, through: 100, by: 5) {
            let (filled, empty) = ProgressBar.parts(percent: percent, width: 10)
            XCTAssertEqual(filled.count + empty.count, 10, "\(percent)%")
        }
        XCTAssertEqual(ProgressBar.parts(percent: 250, width: 4).filled, "████")
        XCTAssertEqual(ProgressBar.parts(percent: -5, width: 4).empty, "░░░░")
    }

    func testSparklineScalesFromLowToHighAndShowsGaps() {
        XCTAssertEqual(Sparkline.text([0, 7, 14]), "▁▅█")
        XCTAssertEqual(Sparkline.text([5, nil, 5]), "▄ ▄")
        XCTAssertEqual(Sparkline.text([nil, nil]), "  ")
        XCTAssertEqual(Sparkline.text([]), "")
    }

    func testTableDropsLowPriorityColumnsFirstAndGivesTheRestToTheFlexibleOne() {
        let table = Table(columns: [
            Table.Column("Name", width: 10, flexible: true),
            Table.Column("Low", width: 8, priority: 1),
            Table.Column("High", width: 8, priority: 9),
        ])
        XCTAssertEqual(table.columnWidths(for: 40), [22, 8, 8])
        XCTAssertEqual(table.columnWidths(for: 25), [16, 0, 8])
        XCTAssertEqual(table.columnWidths(for: 12), [12, 0, 0])
    }

    func testLayoutSplitsByConstraints() {
        let area = Rect(x: 0, y: 0, width: 100, height: 10)
        let parts = Layout.split(area, .horizontal, [.length(10), .percent(50), .fill, .min(5)])
        XCTAssertEqual(parts.map(\.width), [10, 50, 35, 5])
        XCTAssertEqual(parts.map(\.x), [0, 10, 60, 95])
        let squeezed = Layout.split(Rect(x: 0, y: 0, width: 12, height: 1), .horizontal, [.length(10), .length(10)])
        XCTAssertEqual(squeezed.map(\.width), [10, 2])
    }
}
