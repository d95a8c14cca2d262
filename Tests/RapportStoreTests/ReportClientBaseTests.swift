import Foundation
import RapportCore
import RapportStore
import XCTest

/// Client-base growth read from the accounts' lifecycle dates, on a book small enough to count
/// by hand, and churned accounts leaving the counts and the attention list.
final class ReportClientBaseTests: XCTestCase {
    private let today = TestClock.today

    private func day(_ iso: String) throws -> Day { try XCTUnwrap(Day(iso: iso)) }

    /// Six accounts around Q3 2026 (1 July – 30 September):
    /// - "Old Strategic": strategic since 2020, still a client;
    /// - "New Enterprise": enterprise since 15 Aug 2026 → new in Q3;
    /// - "Late Enterprise": enterprise since 5 Oct 2026 → new in Q4, not yet a client at Q3's end;
    /// - "Gone Enterprise": enterprise since 2019, churned 30 Sep 2026 → churned in Q3; renewal lapsed;
    /// - "Gone Later Shop": small business since 2019, churned 1 Oct 2026 → churned in Q4; renewal lapsed;
    /// - "Unknown Start": mid-market with no start date → a client all along, never new.
    private func book() throws -> AppDatabase {
        let database = try AppDatabase.empty()
        let lapsed = today.adding(days: -3)
        let accounts: [(String, AccountTier, String?, String?, Day?)] = [
            ("Old Strategic", .strategic, "2020-01-01", nil, nil),
            ("New Enterprise", .enterprise, "2026-08-15", nil, nil),
            ("Late Enterprise", .enterprise, "2026-10-05", nil, nil),
            ("Gone Enterprise", .enterprise, "2019-05-01", "2026-09-30", lapsed),
            ("Gone Later Shop", .smallBusiness, "2019-05-01", "2026-10-01", lapsed),
            ("Unknown Start", .midMarket, nil, nil, nil),
        ]
        for (name, tier, since, churned, renewal) in accounts {
            try database.save(.addAccount(Account(
                name: name, industry: "", region: "", tier: tier, owner: "", annualRecurringRevenue: .major(10_000), renewalDate: renewal,
                clientSince: try since.map(day), churnedOn: try churned.map(day)))).saved()
        }
        return database
    }

    private func report(_ database: AppDatabase, _ text: String) throws -> Report {
        let period = try ReportPeriodText.parse(text, calendar: FiscalCalendar())
        return Report.assemble(try database.reportInput(period: period, accountID: nil, today: today), period: period, today: today)
    }

    /// Each tier as [clients at the period's end, new, churned, net].
    private func growth(_ report: Report) throws -> [String: [Int?]] {
        let base = try XCTUnwrap(report.clientBase)
        XCTAssertTrue(base.lifecycleRecorded)
        return Dictionary(uniqueKeysWithValues: (base.tiers + [base.total]).map { ($0.tier, [$0.accounts, $0.new, $0.churned, $0.net]) })
    }

    func testNewChurnedAndNetByTierAreCountedFromTheLifecycleDates() throws {
        let database = try book()
        XCTAssertEqual(try growth(report(database, "2026-Q3")), [
            "strategic": [1, 0, 0, 0], "enterprise": [1, 1, 1, 0], "mid-market": [1, 0, 0, 0], "smb": [1, 0, 0, 0],
            "all": [4, 1, 1, 0],
        ])
        XCTAssertEqual(try growth(report(database, "2026-Q4")), [
            "strategic": [1, 0, 0, 0], "enterprise": [2, 1, 0, 1], "mid-market": [1, 0, 0, 0], "smb": [0, 0, 1, -1],
            "all": [4, 1, 1, 0],
        ])
        XCTAssertEqual(try growth(report(database, "2026-09")), [
            "strategic": [1, 0, 0, 0], "enterprise": [1, 0, 1, -1], "mid-market": [1, 0, 0, 0], "smb": [1, 0, 0, 0],
            "all": [4, 0, 1, -1],
        ])
    }

    func testAnAccountChurnedByThePeriodsEndLeavesTheAttentionList() throws {
        let database = try book()
        try database.refreshSummaries()
        XCTAssertEqual(try report(database, "2026-Q4").attention.map(\.account), [])
        // Attention is today's: a client that has left since the period's end needs none either
        XCTAssertEqual(try report(database, "2026-Q3").attention.map(\.account), [])
        XCTAssertEqual(try report(database, "2026-Q2").attention.map(\.account).sorted(), [])
        // Had it stayed, its lapsed renewal would list it
        let gone = try XCTUnwrap(try database.accounts().first { $0.name == "Gone Later Shop" })
        var stayed = gone
        stayed.churnedOn = nil
        try database.save(.editAccount(RecordEdit(original: gone, edited: stayed))).saved()
        XCTAssertEqual(try report(database, "2026-Q3").attention.map(\.account), ["Gone Later Shop"])
    }

    func testTheMarkdownReportNamesTheGrowth() throws {
        let markdown = try report(book(), "2026-Q3").markdown
        XCTAssertFalse(markdown.contains("not recorded yet"))
        XCTAssertTrue(markdown.contains("| Enterprise | 1 | 1 | 1 | 0 |"), markdown)
    }
}
