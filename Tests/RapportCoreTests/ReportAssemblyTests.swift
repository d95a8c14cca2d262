import RapportCore
import XCTest

/// Report assembly from hand-made input: the seams the store does not fill yet (new and churned
/// accounts), the order of highlights, the reasons an account needs attention, the movers.
final class ReportAssemblyTests: XCTestCase {
    private let today = Day(year: 2026, month: 12, day: 1) ?? Day(daysSinceEpoch: 0)
    private let quarter = Period(size: .quarter, containing: YearMonth(year: 2026, month: 7), calendar: FiscalCalendar())

    private func input(
        accountsByTier: [AccountTier: Int]? = nil, lifecycle: ClientLifecycleCounts? = nil, rows: [InitiativeReportRow] = [],
        attention: [AttentionCandidate] = [], movers: MoverCandidates? = nil, revenue: [MetricPoint] = []
    ) -> ReportInput {
        ReportInput(
            account: nil, revenue: revenue, accountsByTier: accountsByTier, lifecycle: lifecycle,
            initiatives: InitiativeStanding(completedInPeriod: 2, onTrack: 5, atRisk: 3, blocked: 1, planned: 4, overdue: 2),
            initiativeRows: rows, attention: attention, movers: movers)
    }

    func testNewAndChurnedAccountsByTierComeFromTheLifecycleSeam() throws {
        let lifecycle = ClientLifecycleCounts(new: [.enterprise: 3, .smallBusiness: 1], churned: [.enterprise: 1, .midMarket: 2])
        let report = Report.assemble(
            input(accountsByTier: [.enterprise: 10, .midMarket: 5], lifecycle: lifecycle), period: quarter, today: today)
        let base = try XCTUnwrap(report.clientBase)
        XCTAssertTrue(base.lifecycleRecorded)
        let enterprise = try XCTUnwrap(base.tiers.first { $0.tier == "enterprise" })
        XCTAssertEqual([enterprise.accounts, enterprise.new, enterprise.churned, enterprise.net], [10, 3, 1, 2])
        let midMarket = try XCTUnwrap(base.tiers.first { $0.tier == "mid-market" })
        XCTAssertEqual([midMarket.new, midMarket.churned, midMarket.net], [0, 2, -2])
        XCTAssertEqual([base.total.accounts, base.total.new, base.total.churned, base.total.net], [15, 4, 3, 1])
        XCTAssertTrue(report.markdown.contains("| Enterprise | 10 | 3 | 1 | +2 |"))
        XCTAssertFalse(report.markdown.contains("not recorded yet"))
    }

    func testWithoutLifecycleDatesTheCountsAreAbsentAndSaidToBeNotRecorded() throws {
        let report = Report.assemble(input(accountsByTier: [.strategic: 2]), period: quarter, today: today)
        let base = try XCTUnwrap(report.clientBase)
        XCTAssertFalse(base.lifecycleRecorded)
        XCTAssertEqual(base.tiers.compactMap(\.new), [])
        XCTAssertTrue(report.markdown.contains("| Strategic | 2 | — | — | — |"))
        XCTAssertTrue(report.markdown.contains("New and churned accounts are not recorded yet"))
        XCTAssertTrue(report.html.contains("New and churned accounts are not recorded yet"))
    }

    func testHighlightsLeadWithCompletedWorkThenTheMostUrgentAFewOfEachKind() {
        func row(_ title: String, _ status: InitiativeStatus, due: Int?, completed: Bool = false) -> InitiativeReportRow {
            InitiativeReportRow(
                account: "Acme", title: title, status: status, progress: 50, dueDate: due.map { today.adding(days: $0) }, latestNote: "",
                completedInPeriod: completed)
        }
        let blocked = (1...5).map { (index: Int) in row("blocked \(index)", .blocked, due: index) }
        let rows = blocked + [
            row("late", .onTrack, due: -3), row("risky", .atRisk, due: 9), row("fine", .onTrack, due: 30), row("shipped", .done, due: -20, completed: true),
        ]
        let report = Report.assemble(input(rows: rows), period: quarter, today: today)
        XCTAssertEqual(
            report.initiatives.highlights.map { "\($0.kind) \($0.title)" },
            ["completed shipped", "blocked blocked 1", "blocked blocked 2", "blocked blocked 3", "at-risk risky", "overdue late"])
        XCTAssertEqual(report.initiatives.completed, 2)
        XCTAssertEqual(report.initiatives.overdue, 2)
    }

    func testAnAccountNeedsAttentionOnlyWithAReasonAndEachReasonIsSaid() {
        let candidates = [
            AttentionCandidate(
                account: "Harbor", health: 29, atRisk: 0, blocked: 2, overdue: 1, stayInTouch: .overdue(days: 26, trigger: .cadence),
                renewal: .lapsed(days: 3)),
            AttentionCandidate(account: "Calm", health: 80, atRisk: 0, blocked: 0, overdue: 0, stayInTouch: .onTrack, renewal: .none),
        ]
        let report = Report.assemble(input(attention: candidates), period: quarter, today: today)
        XCTAssertEqual(report.attention.map(\.account), ["Harbor"])
        XCTAssertEqual(
            report.attention.first?.reasons,
            ["health 29 (at risk)", "2 initiatives blocked", "1 initiative overdue", "26 days past the stay-in-touch cadence", "renewal lapsed 3 days ago"])
    }

    func testMoversGiveTheChangeAndItsShareOfThePeriodBefore() throws {
        let movers = MoverCandidates(
            up: [.init(account: "Up", current: 15_000, previous: 10_000), .init(account: "New", current: 500, previous: 0)],
            down: [.init(account: "Down", current: 7_500, previous: 10_000)], monthsCompared: 3)
        let report = Report.assemble(input(movers: movers), period: quarter, today: today)
        let section = try XCTUnwrap(report.movers)
        XCTAssertEqual(section.comparison, "Q3 2026 vs Q2 2026")
        XCTAssertEqual(section.up.map(\.changeMinor), [5_000, 500])
        XCTAssertEqual(section.up.map(\.changePercent), [50, nil])
        XCTAssertEqual(section.down.map(\.changePercent), [-25])
        XCTAssertTrue(report.markdown.contains("| Down | $75 | $100 | -$25 | -25.0% |"))
    }

    func testRevenueComparesWithTargetLastYearAndThePeriodBefore() {
        func point(_ year: Int, _ month: Int, _ actual: Int64?, _ target: Int64?) -> MetricPoint {
            MetricPoint(accountID: 0, metric: MetricPoint.revenue, month: YearMonth(year: year, month: month), actual: actual, target: target)
        }
        let points = [
            point(2025, 7, 900, nil), point(2025, 8, 900, nil), point(2025, 9, 900, nil),
            point(2026, 4, 1_000, nil), point(2026, 5, 1_000, nil), point(2026, 6, 1_000, nil),
            point(2026, 7, 1_100, 1_000), point(2026, 8, 1_100, 1_000), point(2026, 9, 1_100, nil),
        ]
        let revenue = Report.assemble(input(revenue: points), period: quarter, today: today).revenue
        XCTAssertEqual(revenue.actualMinor, 3_300)
        XCTAssertEqual(revenue.targetMinor, 2_000)
        XCTAssertEqual([revenue.targetMonths, revenue.monthCount], [2, 3])
        XCTAssertEqual(revenue.yearEarlierMinor, 2_700)
        XCTAssertEqual(revenue.previousMinor, 3_000)
        XCTAssertEqual(revenue.yearOverYearPercent, 22.22)
        XCTAssertEqual(revenue.previousPeriodPercent, 10)
        XCTAssertEqual(revenue.months.map(\.lastYearMinor), [900, 900, 900])
    }
}
