import RapportCore
import XCTest

/// A period still running is compared like for like: the same share of the year before and of
/// the period before (pro rata by days for the running month), the full target with its
/// on-pace share. Every figure here is worked by hand.
final class RunningPeriodTests: XCTestCase {
    let calendar = FiscalCalendar()

    func revenue(_ year: Int, _ month: Int, _ actual: Int64?, target: Int64? = nil) -> MetricPoint {
        MetricPoint(accountID: 1, metric: "revenue", month: YearMonth(year: year, month: month), actual: actual, target: target)
    }

    /// Dec 2025 is 310 (10 a day); Q3 2026 is 100 a month; Q4 2026 is 400, 300 and 20 so far
    /// against targets of 300, 300 and 310.
    var book: [MetricPoint] {
        [
            revenue(2025, 10, 310), revenue(2025, 11, 300), revenue(2025, 12, 310),
            revenue(2026, 7, 100), revenue(2026, 8, 100), revenue(2026, 9, 100),
            revenue(2026, 10, 400, target: 300), revenue(2026, 11, 300, target: 300), revenue(2026, 12, 20, target: 310),
        ]
    }

    func figures(_ size: Period.Size, today iso: String, kind: MetricKind = .revenue, points: [MetricPoint]? = nil) -> PeriodFigures {
        let today = day(iso)
        return PeriodFigures(points: points ?? book, period: Period(size: size, containing: today.yearMonth, calendar: calendar), kind: kind, today: today)
    }

    func money(_ cents: Int64) -> MetricValue { .money(Money(minorUnits: cents)) }

    func testTheFirstDayOfAMonthIsComparedWithTheFirstDayOfOthers() {
        let december = figures(.month, today: "2026-12-01")
        XCTAssertEqual(december.elapsed.phase, .running)
        XCTAssertEqual(december.elapsed.daysElapsed, 1)
        XCTAssertEqual(december.elapsed.daysInPeriod, 31)
        XCTAssertEqual(december.actual, money(20))
        XCTAssertEqual(december.target, money(310), "the full target")
        XCTAssertEqual(december.onPaceTarget, money(10), "310 × 1/31")
        XCTAssertEqual(december.onPacePercent ?? 0, 200, accuracy: 0.001)
        XCTAssertEqual(december.attainmentPercent ?? 0, 20.0 / 310 * 100, accuracy: 0.001)
        XCTAssertEqual(december.yearEarlier, money(10), "Dec 2025's 310 × 1/31, not the whole month")
        XCTAssertEqual(december.yearOverYearPercent ?? 0, 100, accuracy: 0.001)
        XCTAssertEqual(december.previous, money(10), "Nov 2026's 300 × 1/31 = 9.68, rounded")
        XCTAssertTrue(december.isLikeForLike)
    }

    func testTheMiddleOfAMonthInAQuarter() {
        let quarter = figures(.quarter, today: "2026-12-15")
        XCTAssertEqual(quarter.elapsed.daysElapsed, 31 + 30 + 15)
        XCTAssertEqual(quarter.elapsed.daysInPeriod, 92)
        XCTAssertEqual(quarter.actual, money(720))
        XCTAssertEqual(quarter.target, money(910))
        XCTAssertEqual(quarter.onPaceTarget, money(750), "300 + 300 + 310 × 15/31")
        XCTAssertEqual(quarter.yearEarlier, money(760), "310 + 300 + 310 × 15/31")
        XCTAssertEqual(quarter.previous, money(248), "100 + 100 + 100 × 15/31 = 48.4")
        XCTAssertEqual(quarter.monthsReported, 3)
    }

    func testTheLastDayOfAQuarterCountsWholeMonths() {
        let quarter = figures(.quarter, today: "2026-12-31")
        XCTAssertEqual(quarter.elapsed.phase, .running, "still running on its last day")
        XCTAssertEqual(quarter.elapsed.daysElapsed, 92)
        XCTAssertEqual(quarter.onPaceTarget, quarter.target)
        XCTAssertEqual(quarter.yearEarlier, money(920))
        XCTAssertEqual(quarter.previous, money(300))
    }

    func testAPeriodOverOrNotStartedIsComparedWhole() {
        let q4 = PeriodFigures(
            points: book, period: Period(size: .quarter, containing: YearMonth(year: 2026, month: 12), calendar: calendar), kind: .revenue,
            today: day("2027-01-04"))
        XCTAssertEqual(q4.elapsed.phase, .over)
        XCTAssertNil(q4.onPaceTarget)
        XCTAssertEqual(q4.yearEarlier, money(920))
        XCTAssertFalse(q4.isLikeForLike)
        let next = PeriodFigures(
            points: book + [revenue(2026, 1, 50), revenue(2027, 1, nil, target: 90)], period: Period(size: .month, containing: YearMonth(year: 2027, month: 1), calendar: calendar),
            kind: .revenue, today: day("2026-12-01"))
        XCTAssertEqual(next.elapsed.phase, .future)
        XCTAssertEqual(next.elapsed.daysElapsed, 0)
        XCTAssertNil(next.actual)
        XCTAssertEqual(next.target, money(90))
        XCTAssertEqual(next.yearEarlier, money(50), "the whole of the same month last year")
        XCTAssertNil(next.onPaceTarget)
    }

    func testALevelIsComparedOverTheSameMonthsWithoutProrating() {
        let nps = [(2025, 10, 20), (2025, 11, 30), (2025, 12, 40), (2026, 10, 40), (2026, 11, 50), (2026, 12, 60)].map {
            MetricPoint(accountID: 1, metric: "nps", month: YearMonth(year: $0.0, month: $0.1), actual: Int64($0.2), target: nil)
        }
        let quarter = figures(.quarter, today: "2026-12-01", kind: .score, points: nps)
        XCTAssertEqual(quarter.actual, .quantity(Quantity(50)))
        XCTAssertEqual(quarter.yearEarlier, .quantity(Quantity(30)), "(20 + 30 + 40) / 3: a level is not a part of a month")
        XCTAssertNil(quarter.onPaceTarget, "a level has no on-pace share")
    }

    func testAFiscalYearWithTargetsForSomeMonthsSaysHowMany() {
        // Given a fiscal year from April with targets set from April to December only
        let april = FiscalCalendar(firstMonth: 4)
        let points = (0..<12).map { offset -> MetricPoint in
            let month = YearMonth(year: 2026, month: 4).adding(months: offset)
            let actual: Int64? = month <= YearMonth(year: 2026, month: 11) ? 100 : nil
            return MetricPoint(accountID: 1, metric: "revenue", month: month, actual: actual, target: offset < 9 ? 110 : nil)
        }
        let today = day("2026-12-01")
        let year = PeriodFigures(points: points, period: Period(size: .year, containing: today.yearMonth, calendar: april), kind: .revenue, today: today)
        XCTAssertEqual(year.period.description, "FY2027")
        XCTAssertEqual(year.targetMonths, 9)
        XCTAssertEqual(year.monthCount, 12)
        XCTAssertFalse(year.targetCoversPeriod)
        XCTAssertEqual(year.target, money(990), "9 × 110: the missing months are not taken as zero, nor as targets")
        XCTAssertEqual(year.onPaceTarget, money(880 + 4), "8 × 110 + 110 × 1/31 = 3.5, rounded away from zero")
        XCTAssertEqual(year.actual, money(800))
    }

    func testProratingIsExactAndRoundsHalfAwayFromZero() {
        XCTAssertEqual(ElapsedShare.prorate(310, (15, 31)), 150)
        XCTAssertEqual(ElapsedShare.prorate(31, (1, 62)), 1, "0.5 rounds up")
        XCTAssertEqual(ElapsedShare.prorate(-31, (1, 62)), -1, "-0.5 rounds away from zero")
        XCTAssertEqual(ElapsedShare.prorate(7, (31, 31)), 7)
        let huge = Int64.max / 2
        XCTAssertEqual(ElapsedShare.prorate(huge, (30, 31)), Int64((Double(huge) * 30 / 31).rounded()), accuracy: 2048, "no overflow")
    }
}

private func XCTAssertEqual(_ lhs: Int64, _ rhs: Int64, accuracy: Int64, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertLessThanOrEqual(abs(lhs - rhs), accuracy, message, file: file, line: line)
}
