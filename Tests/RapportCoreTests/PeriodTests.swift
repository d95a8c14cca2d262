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
    /// A day after every period these tests look at: each is over, compared whole.
    let afterwards = Day(year: 2027, month: 2, day: 10) ?? Day(daysSinceEpoch: 0)

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
        let figures = PeriodFigures(
            points: points, period: Period(size: .quarter, containing: YearMonth(year: 2026, month: 11), calendar: calendar), kind: .revenue,
            today: afterwards)
        XCTAssertEqual(figures.actual, .money(Money(minorUnits: 230)))
        XCTAssertEqual(figures.target, .money(Money(minorUnits: 300)))
        XCTAssertEqual(figures.yearEarlier, .money(Money(minorUnits: 270)))
        XCTAssertEqual(figures.previous, .money(Money(minorUnits: 300)))
        XCTAssertEqual(figures.monthsReported, 2)
        XCTAssertEqual(figures.attainmentPercent ?? 0, 76.667, accuracy: 0.001)  // 230 / 300
        XCTAssertEqual(figures.yearOverYearPercent ?? 0, -14.815, accuracy: 0.001)  // (230 - 270) / 270
        XCTAssertEqual(figures.previousPeriodPercent ?? 0, -23.333, accuracy: 0.001)  // (230 - 300) / 300
        let empty = PeriodFigures(points: [], period: Period(size: .month, containing: YearMonth(year: 2026, month: 11), calendar: calendar), kind: .revenue, today: afterwards)
        XCTAssertNil(empty.actual)
        XCTAssertNil(empty.attainmentPercent)
        XCTAssertNil(empty.yearOverYearPercent)
    }
}

/// Levels (active users, NPS) average over a period's months; the average of integers is
/// rounded half away from zero, exactly, without a Double.
final class AveragedPeriodFiguresTests: XCTestCase {
    let afterwards = Day(year: 2027, month: 2, day: 10) ?? Day(daysSinceEpoch: 0)
    let quarter = Period(size: .quarter, containing: YearMonth(year: 2026, month: 11), calendar: FiscalCalendar())

    func points(_ metric: String, _ values: [(month: Int, actual: Int64?, target: Int64?)], year: Int = 2026) -> [MetricPoint] {
        values.map { MetricPoint(accountID: 1, metric: metric, month: YearMonth(year: year, month: $0.month), actual: $0.actual, target: $0.target) }
    }

    func testACountAveragesTheMonthsItHas() {
        let users = points("active users", [(10, 3, 10), (11, 4, 10), (12, nil, 13)])
        let figures = PeriodFigures(points: users, period: quarter, kind: .count, today: afterwards)
        XCTAssertEqual(figures.actual, .quantity(Quantity(4)), "(3 + 4) / 2 = 3.5, half rounds away from zero")
        XCTAssertEqual(figures.target, .quantity(Quantity(11)), "(10 + 10 + 13) / 3 = 11")
        XCTAssertEqual(figures.monthsReported, 2, "a month with no actual is not averaged in as zero")
        XCTAssertEqual(figures.attainmentPercent ?? 0, 4.0 / 11 * 100, accuracy: 0.0001)
        let summed = PeriodFigures(points: users, period: quarter, kind: .revenue, today: afterwards)
        XCTAssertEqual(summed.actual, .money(Money(minorUnits: 7)), "the same months as revenue add up")
    }

    func testRoundingIsHalfAwayFromZeroBothWays() {
        func average(_ actuals: [Int64], kind: MetricKind = .score) -> MetricValue? {
            let values = actuals.enumerated().map { (month: 10 + $0.offset, actual: Optional($0.element), target: Int64?.none) }
            return PeriodFigures(points: points("nps", values), period: quarter, kind: kind, today: afterwards).actual
        }
        XCTAssertEqual(average([40, 45]), .quantity(Quantity(43)), "42.5")
        XCTAssertEqual(average([-3, -4]), .quantity(Quantity(-4)), "-3.5")
        XCTAssertEqual(average([-1, -2]), .quantity(Quantity(-2)), "-1.5")
        XCTAssertEqual(average([1, 2, 2]), .quantity(Quantity(2)), "1.67")
        XCTAssertEqual(average([1, 1, 2]), .quantity(Quantity(1)), "1.33")
        XCTAssertEqual(average([-1, -1, -2]), .quantity(Quantity(-1)), "-1.33")
        XCTAssertEqual(average([5, -6]), .quantity(Quantity(-1)), "-0.5")
        XCTAssertEqual(average([7]), .quantity(Quantity(7)))
        XCTAssertNil(average([]))
    }

    func testYearEarlierAndPreviousAreAveragedToo() {
        let nps = points("nps", [(10, 40, nil), (11, 50, nil)])
            + points("nps", [(10, 20, nil), (11, 30, nil), (12, 40, nil)], year: 2025)
            + points("nps", [(7, 10, nil), (8, 20, nil)])
        let figures = PeriodFigures(points: nps, period: quarter, kind: .score, today: afterwards)
        XCTAssertEqual(figures.actual, .quantity(Quantity(45)))
        XCTAssertEqual(figures.yearEarlier, .quantity(Quantity(30)))
        XCTAssertEqual(figures.previous, .quantity(Quantity(15)))
        XCTAssertEqual(figures.yearOverYearPercent ?? 0, 50, accuracy: 0.0001)
        XCTAssertEqual(figures.previousPeriodPercent ?? 0, 200, accuracy: 0.0001)
    }
}
