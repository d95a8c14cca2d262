import Foundation
import RapportCore
import RapportStore
import XCTest

final class AppDatabaseTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func testMigratesAnEmptyStore() throws {
        let database = try AppDatabase.inMemory()
        XCTAssertEqual(try database.accountCount(), 0)
        XCTAssertEqual(try database.accountOverviews(today: today, calendar: FiscalCalendar()), [])
    }

    func testEveryRecordTypeRoundTrips() throws {
        let database = try AppDatabase.inMemory()
        let account = try database.saveAccount(
            Account(
                name: "Zoë's Bakeries 🥐", industry: "Retail", region: "France", tier: .smallBusiness, owner: "Léa",
                annualRecurringRevenue: Money(minorUnits: 1_234_567), renewalDate: today.adding(days: 40),
                stayInTouchDays: 14, nextFollowUp: today, notes: "Likes croissants\nsecond line"))
        let accountID = try XCTUnwrap(account.id)
        XCTAssertEqual(try database.account(id: accountID), account)
        XCTAssertEqual(try database.accounts(), [account])

        let boss = try database.saveContact(
            Contact(accountID: accountID, name: "Ada", title: "CFO", email: "ada@x.example", phone: "+1", role: .sponsor,
                    influence: 5, sentiment: .friendly, isMainContact: true))
        let report = try database.saveContact(
            Contact(accountID: accountID, name: "Bo", title: "Analyst", email: "", phone: "", role: .user, influence: 2,
                    sentiment: .critical, isMainContact: false, reportsToID: boss.id))
        XCTAssertEqual(try database.contacts(accountID: accountID), [boss, report])

        let initiative = try database.saveInitiative(
            Initiative(accountID: accountID, title: "Portal", objective: "80% self-service", owner: "Léa", status: .atRisk,
                       progress: 35, dueDate: today.adding(days: -2)))
        XCTAssertEqual(try database.initiative(id: XCTUnwrap(initiative.id)), initiative)

        let points = [
            MetricPoint(accountID: accountID, metric: "revenue", month: YearMonth(year: 2026, month: 9), actual: 100, target: 120),
            MetricPoint(accountID: accountID, metric: "revenue", month: YearMonth(year: 2026, month: 10), actual: nil, target: 130),
        ]
        try database.saveMetricPoints(points)
        let range = MonthRange(first: YearMonth(year: 2026, month: 1), last: YearMonth(year: 2026, month: 12))
        XCTAssertEqual(try database.metricPoints(accountID: accountID, metric: "revenue", in: range), points)
        XCTAssertEqual(try database.metricPoints(accountID: accountID, metric: "units", in: range), [])
    }

    func testRecordProgressUpdatesAndLogsInOneStep() throws {
        let database = try AppDatabase.inMemory()
        let account = try database.saveAccount(
            Account(name: "A", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero, renewalDate: nil))
        let initiative = try database.saveInitiative(
            Initiative(accountID: try XCTUnwrap(account.id), title: "I", objective: "", owner: "", status: .planned, progress: 10, dueDate: nil))
        let id = try XCTUnwrap(initiative.id)
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let saved = try database.recordProgress(initiativeID: id, progress: 15, status: .onTrack, at: time)
        XCTAssertEqual(saved.progress, 15)
        XCTAssertEqual(saved.status, .onTrack)
        XCTAssertEqual(try database.initiative(id: id), saved)
        let updates = try database.progressUpdates(initiativeID: id)
        XCTAssertEqual(updates.count, 1)
        XCTAssertEqual(updates.first?.previousProgress, 10)
        XCTAssertEqual(updates.first?.progress, 15)
        XCTAssertEqual(updates.first?.previousStatus, .planned)
        XCTAssertEqual(updates.first?.status, .onTrack)
        XCTAssertEqual(updates.first?.recordedAt, time)

        // No change, no history entry.
        try database.recordProgress(initiativeID: id, progress: 15, status: .onTrack, at: time)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).count, 1)
    }

    func testRecordProgressRefusesBadValuesAndMissingRecords() throws {
        let database = try AppDatabase.inMemory()
        XCTAssertThrowsError(try database.recordProgress(initiativeID: 1, progress: 101, status: .done, at: Date())) { error in
            XCTAssertEqual(error as? StoreError, .invalidValue(field: "progress", reason: "101 is outside 0–100"))
        }
        XCTAssertThrowsError(try database.recordProgress(initiativeID: 99, progress: 50, status: .done, at: Date())) { error in
            XCTAssertEqual(error as? StoreError, .recordNotFound(kind: "initiative", id: 99))
        }
    }

    func testDemoBookIsIdenticalForTheSameSeed() throws {
        func dump(_ seed: UInt64) throws -> [String] {
            let database = try AppDatabase.inMemory()
            try database.writeDemoBook(DemoBook(seed: seed, accountCount: 25, today: today))
            var lines: [String] = []
            for account in try database.accounts() {
                let id = try XCTUnwrap(account.id)
                lines.append("\(account)")
                lines += try database.contacts(accountID: id).map { "\($0)" }
                lines += try database.initiatives(accountID: id).map { "\($0)" }
                let all = MonthRange(first: YearMonth(year: 2000, month: 1), last: YearMonth(year: 2100, month: 1))
                lines += try database.metricPoints(accountID: id, metric: "revenue", in: all).map { "\($0)" }
            }
            return lines
        }
        let first = try dump(11)
        XCTAssertEqual(first, try dump(11))
        XCTAssertNotEqual(first, try dump(12))
        XCTAssertGreaterThan(first.count, 25 * 40)
    }

    func testOverviewsFromSQLMatchTheCoreComputation() throws {
        let database = try AppDatabase.inMemory()
        try database.writeDemoBook(DemoBook(seed: 5, accountCount: 30, today: today))
        let calendar = FiscalCalendar()
        let windows = RevenueSnapshot.Windows(today: today, calendar: calendar)
        let everything = MonthRange(first: YearMonth(year: 2000, month: 1), last: YearMonth(year: 2100, month: 1))
        let overviews = try database.accountOverviews(today: today, calendar: calendar)
        XCTAssertEqual(overviews.count, 30)
        for overview in overviews {
            let expectedCounts = InitiativeCounts(initiatives: try database.initiatives(accountID: overview.id), today: today)
            let points = try database.metricPoints(accountID: overview.id, metric: "revenue", in: everything)
            XCTAssertEqual(overview.initiatives, expectedCounts)
            XCTAssertEqual(overview.revenue, RevenueSnapshot(points: points, windows: windows))
            XCTAssertEqual(try database.accountOverview(id: overview.id, today: today, calendar: calendar), overview)
        }
    }

    func testReplacingTheDemoBookRemovesWhatWasThere() throws {
        let database = try AppDatabase.inMemory()
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 5, today: today))
        try database.writeDemoBook(DemoBook(seed: 2, accountCount: 3, today: today), replacingExisting: true)
        XCTAssertEqual(try database.accountCount(), 3)
    }
}
