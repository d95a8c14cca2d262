import RapportCore
import XCTest

/// A bulk load writes each demo account's summary from its records in memory, without reading
/// back what it wrote: that summary must be what the store's own scan computes. Here the scan's
/// rules are spelled out by hand (as its SQL states them) over the same records.
final class DemoAccountOverviewTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
    let calendar = FiscalCalendar()

    /// What the store's grouped scan (`OverviewQuery`) derives from an account's rows.
    func scanned(_ demo: DemoAccount, id: Int64) -> AccountOverview {
        var account = demo.account
        account.id = id
        // Initiatives: open is anything not done; overdue is open and due before today.
        let open = demo.initiatives.filter { $0.status != .done }
        let counts = InitiativeCounts(
            total: demo.initiatives.count, open: open.count,
            atRisk: demo.initiatives.filter { $0.status == .atRisk }.count,
            blocked: demo.initiatives.filter { $0.status == .blocked }.count,
            overdue: open.filter { ($0.dueDate.map { $0 < today }) ?? false }.count)
        // Revenue: sums over month windows; a missing figure counts as nothing.
        let current = today.yearMonth
        let quarterFirst = calendar.quarterPeriod(containing: current).first
        let quarterLast = calendar.quarterPeriod(containing: current).last
        func sum(_ first: YearMonth, _ last: YearMonth, _ figure: (MetricPoint) -> Int64?) -> Money {
            Money(minorUnits: demo.metrics.filter { $0.metric == "revenue" && $0.month >= first && $0.month <= last }
                .compactMap(figure).reduce(0, +))
        }
        let recent = (current.adding(months: -3), current.adding(months: -1))
        let revenue = RevenueSnapshot(
            recentActual: sum(recent.0, recent.1, \.actual), recentTarget: sum(recent.0, recent.1, \.target),
            yearAgoActual: sum(recent.0.adding(months: -12), recent.1.adding(months: -12), \.actual),
            quarterToDateActual: sum(quarterFirst, current, \.actual), quarterTarget: sum(quarterFirst, quarterLast, \.target))
        // Last contact: the latest interaction that is not a note, up to today (and a month ago).
        let contacts = demo.interactions.filter { $0.kind != .note }
        let monthAgo = today.adding(days: -RelationshipHealth.comparisonDays)
        let relationship = RelationshipFacts(
            lastContact: contacts.filter { $0.date <= today }.map(\.date).max(),
            lastContactMonthAgo: contacts.filter { $0.date <= monthAgo }.map(\.date).max(),
            roles: Set(demo.contacts.map(\.role)))
        return AccountOverview(account: account, initiatives: counts, revenue: revenue, relationship: relationship, today: today)
    }

    func testEveryDemoAccountsOverviewIsWhatTheStoreWouldCompute() {
        let book = DemoBook(seed: 1, accountCount: 40, today: today).allAccounts()
        for (index, demo) in book.enumerated() {
            let id = Int64(index + 1)
            XCTAssertEqual(demo.overview(id: id, today: today, calendar: calendar), scanned(demo, id: id), demo.account.name)
        }
    }

    /// The book exercises what the comparison is about: overdue work, notes that are no contact,
    /// revenue in every window.
    func testTheDemoBookCoversWhatTheOverviewCounts() {
        let book = DemoBook(seed: 1, accountCount: 40, today: today).allAccounts()
        let overviews = book.enumerated().map { $0.element.overview(id: Int64($0.offset + 1), today: today, calendar: calendar) }
        XCTAssertTrue(overviews.contains { $0.initiatives.overdue > 0 })
        XCTAssertTrue(overviews.contains { $0.initiatives.atRisk > 0 && $0.initiatives.blocked > 0 })
        XCTAssertTrue(book.contains { $0.interactions.contains { $0.kind == .note } })
        XCTAssertTrue(overviews.allSatisfy { $0.revenue.recentActual > .zero && $0.revenue.yearAgoActual > .zero })
        XCTAssertTrue(overviews.allSatisfy { $0.revenue.quarterTarget > .zero })
        XCTAssertEqual(Set(overviews.map(\.id)), Set((1...40).map(Int64.init)))
        XCTAssertGreaterThan(Set(overviews.map(\.health.band)).count, 1, "not every account is as healthy")
    }
}
