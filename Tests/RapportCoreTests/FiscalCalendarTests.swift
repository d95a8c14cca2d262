import RapportCore
import XCTest

final class FiscalCalendarTests: XCTestCase {
    func testCalendarQuarters() {
        let calendar = FiscalCalendar()
        XCTAssertEqual(calendar.quarter(containing: YearMonth(year: 2026, month: 11)), 4)
        XCTAssertEqual(calendar.quarterStart(containing: YearMonth(year: 2026, month: 11)), YearMonth(year: 2026, month: 10))
        XCTAssertEqual(calendar.quarterLabel(containing: YearMonth(year: 2026, month: 1)), "Q1 2026")
        XCTAssertEqual(calendar.quarterLabel(containing: YearMonth(year: 2026, month: 12)), "Q4 2026")
    }

    func testEveryStartMonthPutsEachMonthInExactlyOneQuarter() {
        for start in 1...12 {
            let calendar = FiscalCalendar(firstMonth: start)
            var quarters: [Int: [Int]] = [:]
            let yearStart = YearMonth(year: 2026, month: start)
            for offset in 0..<12 {
                let month = yearStart.adding(months: offset)
                quarters[calendar.quarter(containing: month), default: []].append(month.month)
                XCTAssertEqual(calendar.fiscalYearStart(containing: month), yearStart, "start \(start) offset \(offset)")
                XCTAssertTrue(calendar.quarterPeriod(containing: month).contains(month))
            }
            XCTAssertEqual(quarters.keys.sorted(), [1, 2, 3, 4])
            XCTAssertTrue(quarters.values.allSatisfy { $0.count == 3 })
            XCTAssertEqual(quarters[1]?.first, start)
        }
    }

    func testFiscalYearIsNamedAfterItsEnd() {
        let calendar = FiscalCalendar(firstMonth: 4)
        XCTAssertEqual(calendar.fiscalYear(containing: YearMonth(year: 2026, month: 4)), 2027)
        XCTAssertEqual(calendar.fiscalYear(containing: YearMonth(year: 2026, month: 3)), 2026)
        XCTAssertEqual(calendar.quarterLabel(containing: YearMonth(year: 2026, month: 11)), "Q3 FY2027")
    }

    func testInvalidStartMonthFallsBackToJanuary() {
        XCTAssertEqual(FiscalCalendar(firstMonth: 13).firstMonth, 1)
        XCTAssertEqual(FiscalCalendar(firstMonth: 0).firstMonth, 1)
    }

    func testYearMonthArithmetic() {
        XCTAssertEqual(YearMonth(year: 2026, month: 1).adding(months: -1), YearMonth(year: 2025, month: 12))
        XCTAssertEqual(YearMonth(year: 2026, month: 11).adding(months: 14), YearMonth(year: 2028, month: 1))
        XCTAssertEqual(YearMonth(year: 2024, month: 2).dayCount, 29)
        XCTAssertEqual(YearMonth(year: 2026, month: 2).lastDay.iso, "2026-02-28")
        XCTAssertEqual(YearMonth(iso: "2026-07"), YearMonth(year: 2026, month: 7))
        XCTAssertNil(YearMonth(iso: "2026-00"))
    }
}
