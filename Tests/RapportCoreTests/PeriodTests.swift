import RapportCore
import XCTest

final class PeriodTests: XCTestCase {
    let november = YearMonth(year: 2026, month: 11)

    func testPeriodsOfEachSizeContainTheirMonth() {
        let calendar = FiscalCalendar()
        XCTAssertEqual(Period(size: .month, containing: november, calendar: calendar).months, MonthRange(first: november, last: november))
        XCTAssertEqual(
            Period(size: .quarter, containing: november, calendar: calendar).months,
            MonthRange(first: YearMonth(year: 2026, month: 10), last: YearMonth(year: 2026, month: 12)))
        XCTAssertEqual(
            Period(size: .year, containing: november, calendar: calendar).months,
            MonthRange(first: YearMonth(year: 2026, month: 1), last: YearMonth(year: 2026, month: 12)))
    }

    func testSteppingAcrossYearBoundariesAndFiscalStarts() {
        let april = FiscalCalendar(firstMonth: 4)
        let quarter = Period(size: .quarter, containing: november, calendar: april)
        XCTAssertEqual(quarter.description, "Q3 FY2027")
        XCTAssertEqual(quarter.stepped(by: 1).description, "Q4 FY2027")
        XCTAssertEqual(quarter.stepped(by: 1).months.first, YearMonth(year: 2027, month: 1))
        XCTAssertEqual(quarter.stepped(by: 2).description, "Q1 FY2028")
        XCTAssertEqual(quarter.previous.description, "Q2 FY2027")
        XCTAssertEqual(quarter.yearEarlier.description, "Q3 FY2026")
        let year = Period(size: .year, containing: november, calendar: april)
        XCTAssertEqual(year.description, "FY2027")
        XCTAssertEqual(year.months.first, YearMonth(year: 2026, month: 4))
        XCTAssertEqual(year.months.last, YearMonth(year: 2027, month: 3))
        let month = Period(size: .month, containing: YearMonth(year: 2026, month: 1), calendar: FiscalCalendar())
        XCTAssertEqual(month.previous.description, "Dec 2025")
    }

    func testResizingKeepsThePeriodAroundItsStart() {
        let calendar = FiscalCalendar()
        let month = Period(size: .month, containing: november, calendar: calendar)
        XCTAssertEqual(month.resized(to: .quarter).description, "Q4 2026")
        XCTAssertEqual(month.resized(to: .year).description, "2026")
        XCTAssertEqual(Period.Size.month.smaller, .month)
        XCTAssertEqual(Period.Size.year.larger, .year)
        XCTAssertEqual(Period.Size.quarter.larger, .year)
    }

    func testEveryStartMonthTilesTheYearWithoutGapsOrOverlap() {
        for first in 1...12 {
            let calendar = FiscalCalendar(firstMonth: first)
            var period = Period(size: .quarter, containing: YearMonth(year: 2024, month: first), calendar: calendar)
            var covered: [YearMonth] = []
            for _ in 0..<8 {
                covered += period.months.months
                period = period.stepped(by: 1)
            }
            let expected = (0..<24).map { YearMonth(year: 2024, month: first).adding(months: $0) }
            XCTAssertEqual(covered, expected, "fiscal year starting in month \(first)")
        }
    }
}

final class PeriodFiguresTests: XCTestCase {
    func testHandComputedQuarter() {
        let calendar = FiscalCalendar()
        func point(_ year: Int, _ month: Int, _ actual: Int64?, _ target: Int64?) -> MetricPoint {
            MetricPoint(accountID: 1, metric: "revenue", month: YearMonth(year: year, month: month), actual: actual, target: target)
        }
        let points = [
            point(2025, 10, 80, nil), point(2025, 11, 90, nil), point(2025, 12, 100, nil),  // Q4 2025: 270
            point(2026, 7, 100, nil), point(2026, 8, 100, nil), point(2026, 9, 100, nil),  // Q3 2026: 300
            point(2026, 10, 110, 100), point(2026, 11, 120, 100), point(2026, 12, nil, 100),  // Q4 2026: 230 of 300
        ]
        let figures = PeriodFigures(points: points, period: Period(size: .quarter, containing: YearMonth(year: 2026, month: 11), calendar: calendar))
        XCTAssertEqual(figures.actual, Money(minorUnits: 230))
        XCTAssertEqual(figures.target, Money(minorUnits: 300))
        XCTAssertEqual(figures.monthsReported, 2)
        XCTAssertEqual(figures.attainmentPercent ?? 0, 76.667, accuracy: 0.001)  // 230 / 300
        XCTAssertEqual(figures.yearOverYearPercent ?? 0, -14.815, accuracy: 0.001)  // (230 - 270) / 270
        XCTAssertEqual(figures.previousPeriodPercent ?? 0, -23.333, accuracy: 0.001)  // (230 - 300) / 300
        let empty = PeriodFigures(points: [], period: Period(size: .month, containing: YearMonth(year: 2026, month: 11), calendar: calendar))
        XCTAssertNil(empty.actual)
        XCTAssertNil(empty.attainmentPercent)
        XCTAssertNil(empty.yearOverYearPercent)
    }
}

final class MetricAggregationTests: XCTestCase {
    func testLevelsAreAveragedAndFlowsSummed() {
        XCTAssertEqual(MetricPoint.aggregation(of: "revenue"), .sum)
        XCTAssertEqual(MetricPoint.aggregation(of: "active-users"), .average)
        let quarter = Period(size: .quarter, containing: YearMonth(year: 2026, month: 11), calendar: FiscalCalendar())
        let points = [
            MetricPoint(accountID: 1, metric: "nps", month: YearMonth(year: 2026, month: 10), actual: 40, target: 50),
            MetricPoint(accountID: 1, metric: "nps", month: YearMonth(year: 2026, month: 11), actual: 45, target: 50),
        ]
        let figures = PeriodFigures(points: points, period: quarter, aggregation: .average)
        XCTAssertEqual(figures.actual, Money(minorUnits: 43))  // (40 + 45) / 2, rounded
        XCTAssertEqual(figures.target, Money(minorUnits: 50))
        XCTAssertEqual(PeriodFigures(points: points, period: quarter).actual, Money(minorUnits: 85))
    }
}
