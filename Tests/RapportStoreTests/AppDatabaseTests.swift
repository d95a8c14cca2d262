import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import RapportTestSupport
import XCTest

/// Records in and out of the store, the demo book, and the reads the dashboard asks for.
final class AppDatabaseTests: XCTestCase {
    let today = TestClock.today
    let everything = MonthRange(first: YearMonth(year: 2000, month: 1), last: YearMonth(year: 2100, month: 1))

    func testMigratesAnEmptyStore() throws {
        let database = try AppDatabase.empty()
        XCTAssertEqual(try database.accountCount(), 0)
        let page = try database.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 20))
        XCTAssertEqual(page.entries, [])
        XCTAssertEqual(page.totalCount, 0)
        XCTAssertTrue(page.reachesStart && page.reachesEnd)
        let kpis = try database.kpis()
        XCTAssertEqual(kpis.accountCount, 0)
        XCTAssertEqual(kpis.annualRecurringRevenue, .zero)
        XCTAssertEqual(kpis.health, [.good: 0, .watch: 0, .atRisk: 0])
        XCTAssertFalse(try database.summariesNeedRefresh())
    }

    func testEveryRecordTypeRoundTrips() throws {
        let database = try AppDatabase.empty()
        // Given every kind of record, added through the store's intents
        let account = Account(
            name: "Zoë's Bakeries 🥐", industry: "Retail", region: "France", tier: .smallBusiness, owner: "Léa",
            annualRecurringRevenue: Money(minorUnits: 1_234_567), renewalDate: today.adding(days: 40),
            stayInTouchDays: 14, nextFollowUp: today, notes: "Likes croissants\nsecond line")
        let accountID = try XCTUnwrap(try database.save(.addAccount(account)).saved().focusAccountID)
        var expected = account
        expected.id = accountID
        // Then each reads back as written, with its id and a first version
        XCTAssertEqual(try database.account(id: accountID), expected)
        XCTAssertEqual(try database.accounts(), [expected])

        try database.save(.addContact(Contact(
            accountID: accountID, name: "Ada", title: "CFO", email: "ada@x.example", phone: "+1", role: .sponsor,
            influence: 5, sentiment: .friendly, isMainContact: true, stayInTouchDays: 21)))
        let boss = try XCTUnwrap(try database.contacts(accountID: accountID).first)
        try database.save(.addContact(Contact(
            accountID: accountID, name: "Bo", title: "Analyst", email: "", phone: "", role: .user, influence: 2,
            sentiment: .critical, isMainContact: false, reportsToID: boss.id)))
        let contacts = try database.contacts(accountID: accountID)
        XCTAssertEqual(contacts.map(\.name), ["Ada", "Bo"])
        XCTAssertEqual(contacts.map(\.role), [.sponsor, .user])
        XCTAssertEqual(contacts[1].reportsToID, boss.id)
        XCTAssertEqual(boss.stayInTouchDays, 21)
        XCTAssertEqual(boss.email, "ada@x.example")

        let initiative = Initiative(
            accountID: accountID, title: "Portal", objective: "80% self-service", owner: "Léa", status: .atRisk, progress: 35,
            dueDate: today.adding(days: -2))
        try database.save(.addInitiative(initiative))
        let storedInitiative = try XCTUnwrap(try database.initiatives(accountID: accountID).first)
        var expectedInitiative = initiative
        expectedInitiative.id = storedInitiative.id
        XCTAssertEqual(storedInitiative, expectedInitiative)
        XCTAssertEqual(try database.initiative(id: XCTUnwrap(storedInitiative.id)), expectedInitiative)

        let points = [
            MetricPoint(accountID: accountID, metric: "revenue", month: YearMonth(year: 2026, month: 9), actual: 100, target: 120),
            MetricPoint(accountID: accountID, metric: "revenue", month: YearMonth(year: 2026, month: 10), actual: nil, target: 130),
        ]
        for point in points { try database.save(.recordMetric(point)) }
        let range = MonthRange(first: YearMonth(year: 2026, month: 1), last: YearMonth(year: 2026, month: 12))
        XCTAssertEqual(try database.metricPoints(accountID: accountID, metric: "revenue", in: range), points)
        XCTAssertEqual(try database.metricPoints(accountID: accountID, metric: "units", in: range), [])
        // A month with neither figure is removed.
        try database.save(.recordMetric(MetricPoint(accountID: accountID, metric: "revenue", month: points[1].month, actual: nil, target: nil)))
        XCTAssertEqual(try database.metricPoints(accountID: accountID, metric: "revenue", in: range), [points[0]])

        let call = Interaction(
            accountID: accountID, kind: .call, date: today.adding(days: -1), contactIDs: contacts.compactMap(\.id).reversed(),
            summary: "Renewal call", nextStep: "Send the quote")
        try database.save(.logInteraction(call, nextFollowUp: today.adding(days: 7)))
        let logged = try XCTUnwrap(try database.interactions(accountID: accountID).first)
        XCTAssertEqual(logged.summary, "Renewal call")
        XCTAssertEqual(logged.nextStep, "Send the quote")
        XCTAssertEqual(logged.contactIDs, contacts.compactMap(\.id), "contacts come back in id order")
        XCTAssertEqual(try database.account(id: accountID)?.nextFollowUp, today.adding(days: 7))
        XCTAssertEqual(try database.lastContacted(accountID: accountID), [boss.id ?? 0: call.date, contacts[1].id ?? 0: call.date])

        let deal = Opportunity(
            accountID: accountID, name: "Upsell", kind: .upsell, amount: .major(50_000), probability: 40,
            expectedClose: today.adding(days: 30), category: .bestCase, stage: "proposal")
        try database.save(.addOpportunity(deal))
        let storedDeal = try XCTUnwrap(try database.opportunities(accountID: accountID).first)
        var expectedDeal = deal
        expectedDeal.id = storedDeal.id
        XCTAssertEqual(storedDeal, expectedDeal)
    }

    func testDemoBookIsIdenticalForTheSameSeed() throws {
        func dump(_ seed: UInt64) throws -> [String] {
            let database = try AppDatabase.empty()
            try database.writeDemoBook(DemoBook(seed: seed, accountCount: 25, today: today))
            return try database.dump()
        }
        let first = try dump(11)
        XCTAssertEqual(first, try dump(11))
        XCTAssertNotEqual(first, try dump(12))
        XCTAssertGreaterThan(first.count, 25 * 40)
    }

    func testOverviewsFromSQLMatchTheCoreComputation() throws {
        // Given a demo book
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 5, accountCount: 30, today: today))
        let windows = RevenueSnapshot.Windows(today: today, calendar: FiscalCalendar())
        // Then each account's figures from the grouped SQL equal Core's, computed from its rows
        var overviews: [AccountOverview] = []
        for account in try database.accounts() {
            let id = try XCTUnwrap(account.id)
            let overview = try XCTUnwrap(try database.accountOverview(id: id))
            XCTAssertEqual(overview.account, account)
            XCTAssertEqual(overview.initiatives, InitiativeCounts(initiatives: try database.initiatives(accountID: id), today: today))
            let points = try database.metricPoints(accountID: id, metric: "revenue", in: everything)
            XCTAssertEqual(overview.revenue, RevenueSnapshot(points: points, windows: windows))
            let contacted = try database.interactions(accountID: id).filter { $0.kind.countsAsContact && $0.date <= today }.map(\.date).max()
            XCTAssertEqual(overview.relationship.lastContact, contacted)
            XCTAssertEqual(overview.relationship.roles, Set(try database.contacts(accountID: id).map(\.role)))
            overviews.append(overview)
        }
        XCTAssertEqual(overviews.count, 30)
        // And the KPI strip the store keeps equals Core's over those overviews (the store keeps
        // no total of initiatives, only the trouble the strip shows)
        var expected = PortfolioKPIs(overviews: overviews, today: today, calendar: FiscalCalendar())
        XCTAssertGreaterThan(expected.initiatives.atRisk + expected.initiatives.blocked + expected.initiatives.overdue, 0)
        expected.initiatives.total = 0
        expected.initiatives.open = 0
        XCTAssertEqual(try database.kpis(), expected)
    }

    func testReplacingTheDemoBookRemovesWhatWasThere() throws {
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 5, today: today))
        _ = try database.addAccount("Undoable")
        try database.writeDemoBook(DemoBook(seed: 2, accountCount: 3, today: today), replacingExisting: true)
        XCTAssertEqual(try database.accountCount(), 3)
        XCTAssertEqual(try database.kpis().accountCount, 3)
        XCTAssertEqual(try database.changeLogCount(), 0, "a replaced book has no history to undo into")
        XCTAssertEqual(try database.save(.undo), .unchanged("Nothing to undo"))
        XCTAssertEqual(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account_search") }, 3)
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "undoable", anchor: .first, limit: 5)).totalCount, 0)
    }

    func testFetchAnswersEachQueryAsThePlainReadsDo() throws {
        let fixture = try BookFixture()
        let database = fixture.database
        let acme = try XCTUnwrap(fixture.acme.id)
        let portal = try XCTUnwrap(fixture.portal.id)
        try database.save(.bumpProgress(initiativeID: portal, by: 5))
        _ = try database.addContact("Ada", to: acme)

        XCTAssertEqual(try database.fetch(.kpis), .kpis(try database.kpis()))
        let focus = try XCTUnwrap(try database.accountFocus(accountID: acme))
        XCTAssertEqual(try database.fetch(.accountFocus(accountID: acme)), .accountFocus(focus))
        XCTAssertEqual(focus.initiatives.map(\.title), ["API migration", "Portal rollout"], "soonest due first")
        XCTAssertEqual(focus.revenueTrend, RevenueTrend(
            points: try database.metricPoints(accountID: acme, metric: "revenue", in: RevenueTrend.window(today: today)), today: today))
        guard case .accountDetail(let detail?) = try database.fetch(.accountDetail(accountID: acme, metric: "revenue")) else {
            return XCTFail("no detail for Acme")
        }
        XCTAssertEqual(detail.focus, focus)
        XCTAssertEqual(detail.contacts.map(\.name), ["Ada"])
        XCTAssertEqual(detail.points.count, 25)
        XCTAssertEqual(detail.metricNames, ["revenue"])
        XCTAssertEqual(try database.fetch(.accountDetail(accountID: 999, metric: "revenue")), .accountDetail(nil))
        XCTAssertEqual(try database.fetch(.accountFocus(accountID: 999)), .accountFocus(nil))
        guard case .bookMetrics(let book) = try database.fetch(.bookMetrics(metric: "revenue")) else { return XCTFail("no book metrics") }
        XCTAssertEqual(book.points.map(\.actual), Array(repeating: 1_000_000, count: 25), "Acme is the only account with revenue")
        XCTAssertEqual(try database.fetch(.deletionImpact(accountID: acme)), .deletionImpact(try database.deletionImpact(accountID: acme)))
        XCTAssertEqual(try database.fetch(.progressHistoryCount(initiativeID: portal)), .progressHistoryCount(1))
        XCTAssertEqual(try database.fetch(.contacts(accountID: acme)), .contacts(try database.contacts(accountID: acme)))
        let period = Period(size: .quarter, containing: today.yearMonth, calendar: FiscalCalendar())
        XCTAssertEqual(try database.fetch(.bookPipeline(period)), .bookPipeline(try database.bookPipeline(in: period)))
    }

    func testMissingRecordsAreNamedAndNothingIsWritten() throws {
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Acme")
        let accountID = try XCTUnwrap(account.id)
        let logged = try database.changeLogCount()
        let cases: [(StoreIntent, StoreError)] = [
            (.bumpProgress(initiativeID: 99, by: 5), .recordNotFound(kind: "initiative", id: 99)),
            (.stepStatus(initiativeID: 99, forward: true), .recordNotFound(kind: "initiative", id: 99)),
            (.removeAccount(id: 42), .recordNotFound(kind: "account", id: 42)),
            (.removeContact(id: 7, successor: nil), .recordNotFound(kind: "contact", id: 7)),
            (.addInitiative(Initiative(accountID: 42, title: "I", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil)),
             .recordNotFound(kind: "account", id: 42)),
            (.recordMetric(MetricPoint(accountID: 42, metric: "revenue", month: today.yearMonth, actual: 1, target: nil)),
             .recordNotFound(kind: "account", id: 42)),
            (.editAccount(RecordEdit(original: { var gone = account; gone.id = 42; return gone }(), edited: account)),
             .recordNotFound(kind: "account", id: 42)),
        ]
        for (intent, expected) in cases {
            XCTAssertThrowsError(try database.save(intent), "\(intent)") { error in
                XCTAssertEqual(error as? StoreError, expected)
            }
        }
        XCTAssertEqual(try database.changeLogCount(), logged)
        XCTAssertEqual(try database.accounts().map(\.id), [accountID])
    }
}
