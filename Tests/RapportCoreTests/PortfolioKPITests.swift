import RapportCore
import XCTest

final class PortfolioKPITests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func overview(arr: Int64, renewalIn days: Int?, qtd: Int64, target: Int64, counts: InitiativeCounts) -> AccountOverview {
        AccountOverview(
            account: Account(
                id: 1, name: "A", industry: "", region: "", tier: .enterprise, owner: "",
                annualRecurringRevenue: .major(arr), renewalDate: days.map { today.adding(days: $0) }),
            initiatives: counts,
            revenue: RevenueSnapshot(quarterToDateActual: .major(qtd), quarterTarget: .major(target)), today: today)
    }

    func testHandComputedBook() {
        let book = [
            overview(arr: 100_000, renewalIn: 30, qtd: 20_000, target: 30_000, counts: InitiativeCounts(total: 2, open: 2, atRisk: 1)),
            overview(arr: 50_000, renewalIn: 90, qtd: 10_000, target: 10_000, counts: InitiativeCounts(total: 1, open: 1, blocked: 1, overdue: 1)),
            overview(arr: 25_000, renewalIn: 91, qtd: 0, target: 5_000, counts: InitiativeCounts()),
            overview(arr: 5_000, renewalIn: -1, qtd: 0, target: 0, counts: InitiativeCounts()),
        ]
        let kpis = PortfolioKPIs(overviews: book, today: today, calendar: FiscalCalendar())
        XCTAssertEqual(kpis.accountCount, 4)
        XCTAssertEqual(kpis.annualRecurringRevenue, .major(180_000))
        XCTAssertEqual(kpis.quarterLabel, "Q4 2026")
        XCTAssertEqual(kpis.quarterToDateRevenue, .major(30_000))
        XCTAssertEqual(kpis.quarterTarget, .major(45_000))
        XCTAssertEqual(kpis.quarterAttainmentPercent ?? 0, 66.666, accuracy: 0.01)
        XCTAssertEqual(kpis.initiatives, InitiativeCounts(total: 3, open: 3, atRisk: 1, blocked: 1, overdue: 1))
        // Renewal on day 90 counts, day 91 and yesterday do not; yesterday's has lapsed.
        XCTAssertEqual(kpis.renewalsWithin90Days, 2)
        XCTAssertEqual(kpis.renewalRevenueWithin90Days, .major(150_000))
        XCTAssertEqual(kpis.lapsedRenewals, 1)
        // Never contacted and no revenue a year ago: not enough data to score any of them.
        XCTAssertEqual(kpis.health, [.good: 0, .watch: 0, .atRisk: 0])
        XCTAssertEqual(kpis.notScoredCount, 4)
    }

    /// Only accounts with enough data count in a band; the rest count in none, not as at risk.
    func testAccountsWithoutEnoughDataCountInNoBand() {
        func overview(lastContact: Day?, renewalIn days: Int?) -> AccountOverview {
            AccountOverview(
                account: Account(
                    id: 1, name: "A", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .major(1_000),
                    renewalDate: days.map { today.adding(days: $0) }, stayInTouchDays: 30),
                initiatives: InitiativeCounts(), revenue: RevenueSnapshot(),
                relationship: RelationshipFacts(lastContact: lastContact, roles: [.sponsor, .decisionMaker, .champion]), today: today)
        }
        let book = [
            overview(lastContact: today.adding(days: -3), renewalIn: 0),  // fresh, every role: 100, good
            overview(lastContact: today.adding(days: -200), renewalIn: -400),  // gone cold: 25 × 100 / 55 = 45, watch
            overview(lastContact: nil, renewalIn: -1),  // brand new: no band
        ]
        let kpis = PortfolioKPIs(overviews: book, today: today, calendar: FiscalCalendar())
        XCTAssertEqual(kpis.health, [.good: 1, .watch: 1, .atRisk: 0])
        XCTAssertEqual(kpis.notScoredCount, 1)
        // Today's renewal is due, not lapsed; a year ago and yesterday both have lapsed.
        XCTAssertEqual(kpis.renewalsWithin90Days, 1)
        XCTAssertEqual(kpis.lapsedRenewals, 2)
    }

    /// KPIs as the store keeps them (one value each) read the same as KPIs summed in memory.
    func testKPIsFromStoredTotalsEqualKPIsSummedFromOverviews() {
        let rows = [
            overview(arr: 100_000, renewalIn: 30, qtd: 20_000, target: 30_000, counts: InitiativeCounts(total: 2, open: 2, atRisk: 2)),
            overview(arr: 7_000, renewalIn: 200, qtd: 1_000, target: 2_000, counts: InitiativeCounts(total: 1, open: 1)),
        ]
        let summed = PortfolioKPIs(overviews: rows, today: today, calendar: FiscalCalendar())
        let stored = PortfolioKPIs(
            accountCount: 2, annualRecurringRevenue: .major(107_000), quarterLabel: "Q4 2026", quarterToDateRevenue: .major(21_000),
            quarterTarget: .major(32_000), health: summed.health,
            initiatives: InitiativeCounts(total: 3, open: 3, atRisk: 2), needingContact: summed.needingContact,
            renewalsWithin90Days: 1, renewalRevenueWithin90Days: .major(100_000), lapsedRenewals: 0)
        XCTAssertEqual(stored, summed)
    }

    func testRevenueSnapshotWindows() {
        let windows = RevenueSnapshot.Windows(today: today, calendar: FiscalCalendar())
        XCTAssertEqual(windows.recent, MonthRange(first: YearMonth(year: 2026, month: 8), last: YearMonth(year: 2026, month: 10)))
        XCTAssertEqual(windows.yearAgo.first, YearMonth(year: 2025, month: 8))
        XCTAssertEqual(windows.quarter, MonthRange(first: YearMonth(year: 2026, month: 10), last: YearMonth(year: 2026, month: 12)))
        let points = [
            MetricPoint(accountID: 1, metric: "revenue", month: YearMonth(year: 2025, month: 9), actual: 80, target: 0),
            MetricPoint(accountID: 1, metric: "revenue", month: YearMonth(year: 2026, month: 9), actual: 100, target: 90),
            MetricPoint(accountID: 1, metric: "revenue", month: YearMonth(year: 2026, month: 10), actual: 50, target: 60),
            MetricPoint(accountID: 1, metric: "revenue", month: YearMonth(year: 2026, month: 11), actual: 30, target: 60),
            MetricPoint(accountID: 1, metric: "revenue", month: YearMonth(year: 2026, month: 12), actual: nil, target: 60),
            MetricPoint(accountID: 1, metric: "units", month: YearMonth(year: 2026, month: 10), actual: 999, target: 999),
        ]
        let snapshot = RevenueSnapshot(points: points, windows: windows)
        XCTAssertEqual(snapshot.recentActual, Money(minorUnits: 150))
        XCTAssertEqual(snapshot.recentTarget, Money(minorUnits: 150))
        XCTAssertEqual(snapshot.yearAgoActual, Money(minorUnits: 80))
        XCTAssertEqual(snapshot.quarterToDateActual, Money(minorUnits: 80))
        XCTAssertEqual(snapshot.quarterTarget, Money(minorUnits: 180))
    }

    func testRevenueTrendComparesTwelveCompleteMonths() {
        var points: [MetricPoint] = []
        for offset in 0..<24 {
            let month = YearMonth(year: 2024, month: 11).adding(months: offset)
            points.append(MetricPoint(accountID: 1, metric: "revenue", month: month, actual: offset < 12 ? 100 : 110, target: nil))
        }
        let trend = RevenueTrend(points: points, today: today)
        XCTAssertEqual(trend.months.first, YearMonth(year: 2025, month: 11))
        XCTAssertEqual(trend.months.last, YearMonth(year: 2026, month: 10))
        XCTAssertEqual(trend.total, Money(minorUnits: 1320))
        XCTAssertEqual(trend.priorYearTotal, Money(minorUnits: 1200))
        XCTAssertEqual(trend.changePercent ?? 0, 10, accuracy: 0.0001)
    }
}
