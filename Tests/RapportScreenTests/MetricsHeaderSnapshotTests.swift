import Foundation
import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// The metrics header as a person reads it on the first day of December: a running month and
/// quarter compared like for like, a fiscal year whose targets stop in December, and a period
/// not started yet, at 80 and 120 columns.
final class MetricsHeaderSnapshotTests: XCTestCase {
    static let firstOfDecember = Day(year: 2026, month: 12, day: 1) ?? Day(daysSinceEpoch: 0)

    func screen(width: Int, height: Int, calendar: FiscalCalendar = FiscalCalendar()) throws -> DemoScreen {
        let today = Self.firstOfDecember
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: today, calendar: calendar))
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 40, today: today))
        return DemoScreen(driver: Driver(database: database, storeName: "demo.sqlite", today: today, calendar: calendar), width: width, height: height)
    }

    /// The section's title and its four lines of figures.
    func header(_ screen: DemoScreen) -> [String] { Array(screen.lines[3...7]) }

    func testARunningMonthAndQuarterAndAFuturePeriod() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = try screen(width: width, height: height)
            screen.press(.enter, .backTab)
            assertSnapshot(header(screen), named: "metrics-header-quarter-\(width)")
            screen.press(.char("["))
            XCTAssertEqual(screen.state.period.description, "Dec 2026")
            assertSnapshot(header(screen), named: "metrics-header-month-\(width)")
            screen.press(.char(">"))
            assertSnapshot(header(screen), named: "metrics-header-future-\(width)")
        }
    }

    func testAFiscalYearWithTargetsForSomeMonths() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = try screen(width: width, height: height, calendar: FiscalCalendar(firstMonth: 4))
            screen.press(.char("M"), .char("]"))
            XCTAssertEqual(screen.state.period.description, "FY2027")
            let lines = header(screen).joined(separator: "\n")
            if width == 120 {
                XCTAssertTrue(lines.contains("(set for 9 of 12 months)"), lines)
                XCTAssertTrue(lines.contains("for the 9 months with a target"), lines)
            }
            assertSnapshot(header(screen), named: "metrics-header-fiscal-year-\(width)")
        }
    }
}
