import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import RapportTestSupport
import XCTest

/// The agenda ranked in the store (schema v12): the stored ranking gives what ranking from the
/// tables gives, follows every write (another program's too) and every change of day or
/// coefficients, and never drops an item the exact ranking would show.
final class AgendaRankedInStoreTests: XCTestCase {
    let today = TestClock.today

    /// Coefficients far from the defaults: a negative weight, ARR dominant, other thresholds.
    static let unusual = AgendaCoefficients([
        .revenue: 40, .weakHealth: -5, .overdue: 1, .followUp: 30, .keyContactDays: 30, .staleInitiativeDays: 60, .belowTarget: 0,
    ])

    /// The agenda and every list, as their keys and scores in order.
    private func everything(_ database: AppDatabase, _ coefficients: AgendaCoefficients, limit: Int) throws -> [String] {
        func lines(_ items: [RankedAgendaItem]) -> [String] {
            items.map { "\($0.item.key) \($0.item.reason) \(String(format: "%.6f", $0.score.total))" }
        }
        var result = lines(try database.agenda(limit: limit, coefficients: coefficients))
        for list in BookList.allCases {
            result.append("— \(list.rawValue)")
            result += lines(try database.bookList(list, limit: limit, coefficients: coefficients))
        }
        return result
    }

    private func isRankedInStore(_ database: AppDatabase, for coefficients: AgendaCoefficients) throws -> Bool {
        let basis = database.basis
        return try database.read { db in
            try SummaryState(db).matches(today: basis.today, calendar: basis.calendar, coefficients: coefficients)
        }
    }

    func testTheStoredRankingGivesWhatRankingFromTheTablesGives() throws {
        // Given a demo book with every kind of item
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 11, accountCount: 400, today: today))
        for coefficients in [AgendaCoefficients.standard, Self.unusual] {
            // When the book is ranked in the store for the coefficients
            database.setBasis(SummaryBasis(today: today, agenda: coefficients))
            try database.refreshSummaries()
            XCTAssertTrue(try isRankedInStore(database, for: coefficients))
            let stored = try [1, 7, 60, 5_000].map { try everything(database, coefficients, limit: $0) }
            // And then ranked from the tables (another program ranked the store otherwise)
            try database.writer.write { db in try db.execute(sql: "UPDATE summary_state SET agenda_basis = 'another'") }
            XCTAssertFalse(try isRankedInStore(database, for: coefficients))
            let fromTables = try [1, 7, 60, 5_000].map { try everything(database, coefficients, limit: $0) }
            // Then both give the same items, reasons and scores, in the same order
            XCTAssertEqual(stored, fromTables, "coefficients \(coefficients.storedText)")
            let all = try XCTUnwrap(stored.last)
            XCTAssertGreaterThan(all.count, 500, "the book has plenty on its agenda")
            XCTAssertEqual(Set(AgendaKind.allCases.map(\.rawValue)), Set(all.compactMap { $0.split(separator: ":").first.map(String.init) }.filter { !$0.hasPrefix("—") }))
        }
    }

    func testItemsTiedAtTheLimitAreAllWeighedSoTheNameDecides() throws {
        // Given three accounts whose follow-ups score the same, added out of name order
        let database = try AppDatabase.empty()
        for name in ["Zeta Co", "Alpha Co", "Mid Co"] {
            try database.save(.addAccount(Account(
                name: name, industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .major(100_000),
                renewalDate: nil, stayInTouchDays: nil, nextFollowUp: today.adding(days: -3)))).saved()
        }
        // Then the first item is the first by name, however the index orders ties
        XCTAssertEqual(try database.agenda(limit: 1).map(\.item.accountName), ["Alpha Co"])
        XCTAssertEqual(try database.agenda(limit: 2).map(\.item.accountName), ["Alpha Co", "Mid Co"])
        XCTAssertEqual(try database.bookList(.toContact, limit: 1).map(\.item.accountName), ["Alpha Co"])
    }

    func testAnotherProgramsProgressUpdateTakesAStaleInitiativeOffTheAgendaButNotOffItsList() throws {
        // Given an at-risk initiative nobody has updated
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Slow Co")
        let initiative = try database.addInitiative("Data migration", to: XCTUnwrap(account.id), status: .atRisk, progress: 20)
        let key = "stale-initiative:\(try XCTUnwrap(account.id)):initiative:\(try XCTUnwrap(initiative.id))"
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.kind), [.staleInitiative])
        // When another program records progress on it today
        try database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO progress_update (initiative_id, recorded_at, previous_progress, progress, previous_status, status)
                    VALUES (?, ?, 20, 30, 'at-risk', 'at-risk')
                    """,
                arguments: [initiative.id, "\(today.iso)T09:00:00Z"])
        }
        try database.refreshSummaries()
        // Then it leaves the agenda, and the at-risk list still shows it, as in trouble
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.key), [])
        let listed = try database.bookList(.atRisk, limit: 10)
        XCTAssertEqual(listed.map(\.item.key), [key + ":\(today.adding(days: 7).iso)"])
        XCTAssertEqual(listed.map(\.item.reason), ["Data migration: at risk"])
        try assertDerivedStateIsCurrent(database, "another program's progress update")
    }

    func testAKeyContactAnotherProgramAddsToAMeetingLeavesTheAgenda() throws {
        // Given a sponsor never reached, and a meeting logged without them
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Quiet Co")
        let accountID = try XCTUnwrap(account.id)
        let sponsor = try database.addSponsor("Ines Ruiz", to: accountID)
        try database.save(.logInteraction(Interaction(accountID: accountID, kind: .meeting, date: today, summary: "QBR"), nextFollowUp: nil)).saved()
        XCTAssertEqual(try database.agenda(limit: 10).filter { $0.item.kind == .keyContact }.map(\.item.reason), ["sponsor Ines Ruiz never reached"])
        // When another program records that she was in the meeting
        try database.writer.write { db in
            try db.execute(
                sql: "INSERT INTO interaction_contact (interaction_id, contact_id) SELECT id, ? FROM interaction WHERE account_id = ?",
                arguments: [sponsor.id, accountID])
        }
        try database.refreshSummaries()
        // Then she is off the agenda
        XCTAssertEqual(try database.agenda(limit: 10).filter { $0.item.kind == .keyContact }, [])
        try assertDerivedStateIsCurrent(database, "another program's meeting attendee")
    }

    func testADashboardWithOtherCoefficientsRanksTheBookAgainAndAReportDoesNot() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("ranked.sqlite")
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        try database.writeDemoBook(DemoBook(seed: 3, accountCount: 50, today: today))
        try database.close()
        // A process that shows the agenda with other coefficients needs the book ranked again
        let dashboard = try AppDatabase.open(path: path, basis: SummaryBasis(today: today, agenda: Self.unusual))
        XCTAssertFalse(try isRankedInStore(dashboard, for: Self.unusual))
        try dashboard.refreshSummaries()
        XCTAssertTrue(try isRankedInStore(dashboard, for: Self.unusual))
        try dashboard.close()
        // One that shows no agenda (a report) keeps whatever ranking the store has
        let report = try AppDatabase.open(path: path, basis: SummaryBasis(today: today))
        XCTAssertFalse(try report.summariesNeedRefresh())
        try report.refreshSummaries()
        XCTAssertTrue(try isRankedInStore(report, for: Self.unusual))
        // And a new day ranks the book again with the coefficients it had
        report.setBasis(SummaryBasis(today: today.adding(days: 1)))
        try report.refreshSummaries()
        XCTAssertTrue(try isRankedInStore(report, for: Self.unusual))
        try assertDerivedStateIsCurrent(report, "a new day")
        try report.close()
    }

    func testCoefficientsSurviveTheirStoredText() {
        XCTAssertEqual(AgendaCoefficients(storedText: Self.unusual.storedText)?.storedText, Self.unusual.storedText)
        XCTAssertEqual(AgendaCoefficients(storedText: AgendaCoefficients.standard.storedText)?.storedText, AgendaCoefficients.standard.storedText)
        XCTAssertNil(AgendaCoefficients(storedText: ""))
        XCTAssertNil(AgendaCoefficients(storedText: "arr=3"), "every coefficient must be there")
        XCTAssertNil(AgendaCoefficients(storedText: AgendaCoefficients.standard.storedText + ";later_release=2"))
        XCTAssertNil(AgendaCoefficients(storedText: AgendaCoefficients.standard.storedText.replacingOccurrences(of: "arr=3.0", with: "arr=nan")))
    }

    func testAFormerClientHasNothingOnTheAgendaAndLeavesTheBooksFigures() throws {
        // Given two accounts alike in trouble, one whose client left yesterday
        let database = try AppDatabase.empty()
        for (name, left) in [("Gone Co", today.adding(days: -1)), ("Staying Co", Optional<Day>.none)] {
            try database.save(.addAccount(Account(
                name: name, industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .major(200_000),
                renewalDate: today.adding(days: -5), stayInTouchDays: 30, nextFollowUp: today.adding(days: -2), churnedOn: left))).saved()
            let id = try XCTUnwrap(try database.accounts().first { $0.name == name }?.id)
            _ = try database.addInitiative("Rollout", to: id, status: .blocked, progress: 10, due: today.adding(days: -3))
        }
        // Then only the client still there is on the agenda and in the tiles' lists
        let agenda = try database.agenda(limit: 50)
        XCTAssertEqual(Set(agenda.map(\.item.accountName)), ["Staying Co"])
        XCTAssertEqual(agenda.first?.item.kind, .lapsedRenewal)
        for list in BookList.allCases where list != .atRisk {
            XCTAssertEqual(Set(try database.bookList(list, limit: 50).map(\.item.accountName)), ["Staying Co"], list.rawValue)
        }
        // And the KPI strip counts it as an account but adds nothing else of it
        let kpis = try database.kpis()
        XCTAssertEqual(kpis.accountCount, 2)
        XCTAssertEqual(kpis.annualRecurringRevenue, .major(200_000))
        XCTAssertEqual([kpis.initiatives.blocked, kpis.initiatives.overdue, kpis.needingContact, kpis.lapsedRenewals], [1, 1, 1, 1])
        // And undoing the churn puts it back everywhere
        let gone = try XCTUnwrap(try database.accounts().first { $0.name == "Gone Co" })
        var stayed = gone
        stayed.churnedOn = nil
        try database.save(.editAccount(RecordEdit(original: gone, edited: stayed))).saved()
        XCTAssertEqual(Set(try database.agenda(limit: 50).map(\.item.accountName)), ["Gone Co", "Staying Co"])
        XCTAssertEqual(try database.kpis().lapsedRenewals, 2)
        try assertDerivedStateIsCurrent(database, "a churn taken back")
    }

    func testUntilTheRefreshAfterADayTurnsTheAgendaIsTheSummariesDays() throws {
        // Given an initiative 12 days overdue, ranked today
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Build Co")
        _ = try database.addInitiative("ERP rollout", to: XCTUnwrap(account.id), status: .onTrack, progress: 10, due: today.adding(days: -12))
        let ranked = try database.agenda(limit: 10)
        XCTAssertEqual(ranked.map(\.item.reason), ["ERP rollout: 12 days overdue"])
        // When the day turns and the summaries are not refreshed yet (the dashboard's first frame)
        database.setBasis(SummaryBasis(today: today.adding(days: 1)))
        XCTAssertTrue(try database.summariesNeedRefresh())
        // Then the agenda is the summaries' day's, worded as of that day, as the rest of the screen
        // is (ranked from the tables it would say 13 days, beside a list and KPIs of the day before)
        XCTAssertEqual(try database.agenda(limit: 10), ranked)
        XCTAssertEqual(try database.bookList(.late, limit: 10).map(\.item.reason), ["ERP rollout: 12 days overdue"])
        // And once they are refreshed, it is the new day's
        try database.refreshSummaries()
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.reason), ["ERP rollout: 13 days overdue"])
    }
}
