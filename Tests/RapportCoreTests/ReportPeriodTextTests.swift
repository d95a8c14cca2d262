import RapportCore
import XCTest

final class ReportPeriodTextTests: XCTestCase {
    func testMonthsQuartersAndFiscalYearsAreRead() throws {
        let january = FiscalCalendar()
        let month = try ReportPeriodText.parse("2026-11", calendar: january)
        XCTAssertEqual([month.size, month.start.iso] as [AnyHashable], [Period.Size.month, "2026-11"])
        let quarter = try ReportPeriodText.parse("2026-q3", calendar: january)
        XCTAssertEqual(quarter.months, MonthRange(first: YearMonth(year: 2026, month: 7), last: YearMonth(year: 2026, month: 9)))
        let year = try ReportPeriodText.parse("FY2026", calendar: january)
        XCTAssertEqual(year.months, MonthRange(first: YearMonth(year: 2026, month: 1), last: YearMonth(year: 2026, month: 12)))
        XCTAssertEqual(try ReportPeriodText.parse(" 2026 ", calendar: january), year)
    }

    func testQuartersAndYearsFollowTheFiscalCalendar() throws {
        let april = FiscalCalendar(firstMonth: 4)
        // FY2027 runs April 2026 to March 2027: named after the year it ends in.
        let year = try ReportPeriodText.parse("FY2027", calendar: april)
        XCTAssertEqual(year.months, MonthRange(first: YearMonth(year: 2026, month: 4), last: YearMonth(year: 2027, month: 3)))
        let quarter = try ReportPeriodText.parse("2027-Q1", calendar: april)
        XCTAssertEqual(quarter.months, MonthRange(first: YearMonth(year: 2026, month: 4), last: YearMonth(year: 2026, month: 6)))
        XCTAssertEqual(ReportPeriodText.key(of: quarter), "2027-Q1")
        XCTAssertEqual(ReportPeriodText.key(of: year), "FY2027")
    }

    func testEachKeyReadsBackToItsPeriod() throws {
        for calendar in [FiscalCalendar(), FiscalCalendar(firstMonth: 2), FiscalCalendar(firstMonth: 10)] {
            for size in Period.Size.allCases {
                let period = Period(size: size, containing: YearMonth(year: 2026, month: 5), calendar: calendar)
                XCTAssertEqual(try ReportPeriodText.parse(ReportPeriodText.key(of: period), calendar: calendar), period, "\(size) \(calendar)")
            }
        }
    }

    func testSomethingElseSaysWhichFormsAreAccepted() {
        for text in ["2026-13", "Q3", "2026-Q5", "last quarter", "FY26", "", "2026-11-01"] {
            XCTAssertThrowsError(try ReportPeriodText.parse(text, calendar: FiscalCalendar())) { error in
                XCTAssertEqual(
                    String(describing: error),
                    "\"\(text)\" is not a period: give a month (2026-11), a quarter (2026-Q3) or a fiscal year (FY2026)")
            }
        }
    }
}
