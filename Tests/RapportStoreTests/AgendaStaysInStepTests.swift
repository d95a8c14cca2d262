import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// What another program (or another of Rapport's commands) can do to a store, and the ranked
/// agenda staying in step with it: a date that is not one, a meeting on another account, an
/// account deleted with foreign keys off, a write computed for another fiscal calendar.
final class AgendaStaysInStepTests: XCTestCase {
    let today = TestClock.today

    func testADueDateThatIsNotADateIsUndatedAndEveryWriteStillWorks() throws {
        // Given an overdue initiative
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Build Co")
        let initiative = try database.addInitiative("ERP rollout", to: XCTUnwrap(account.id), status: .onTrack, due: today.adding(days: -5))
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.kind), [.initiativeOverdue])
        // When another program stores a due date that is not one
        try database.writer.write { db in
            try db.execute(sql: "UPDATE initiative SET due_date = '2026-1-5' WHERE id = ?", arguments: [initiative.id])
        }
        try database.refreshSummaries()
        // Then the initiative is undated, as everywhere else in Rapport, and writes still save
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.kind), [])
        XCTAssertEqual(try database.kpis().initiatives.overdue, 0)
        try database.save(.addAccount(Account(
            name: "Next Co", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero, renewalDate: nil))).saved()
        try assertDerivedStateIsCurrent(database, "a due date that is not a date")
    }

    func testAMeetingDateThatIsNotADateDoesNotReachAKeyContact() throws {
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Quiet Co")
        let accountID = try XCTUnwrap(account.id)
        let sponsor = try database.addSponsor("Ines Ruiz", to: accountID)
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO interaction (account_id, kind, date, summary) VALUES (?, 'meeting', '2026-7-01', 'QBR')", arguments: [accountID])
            try db.execute(sql: "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (last_insert_rowid(), ?)", arguments: [sponsor.id])
        }
        try database.refreshSummaries()
        XCTAssertEqual(try database.agenda(limit: 10).filter { $0.item.kind == .keyContact }.map(\.item.reason), ["sponsor Ines Ruiz never reached"])
        try assertDerivedStateIsCurrent(database, "a meeting date that is not a date")
    }

    func testAKeyContactInAnotherAccountsMeetingIsReached() throws {
        // Given a sponsor of one account, and a meeting logged on another
        let database = try AppDatabase.empty()
        let quiet = try XCTUnwrap(try database.addAccount("Quiet Co").id)
        let other = try XCTUnwrap(try database.addAccount("Group Co").id)
        let sponsor = try database.addSponsor("Ines Ruiz", to: quiet)
        try database.save(.logInteraction(Interaction(accountID: other, kind: .meeting, date: today, summary: "Group QBR"), nextFollowUp: nil)).saved()
        XCTAssertEqual(try database.agenda(limit: 10).filter { $0.item.kind == .keyContact }.count, 1)
        // When another program records that she was in it
        try database.writer.write { db in
            try db.execute(
                sql: "INSERT INTO interaction_contact (interaction_id, contact_id) SELECT id, ? FROM interaction WHERE account_id = ?",
                arguments: [sponsor.id, other])
        }
        try database.refreshSummaries()
        // Then her own account's agenda knows she was reached
        XCTAssertEqual(try database.agenda(limit: 10).filter { $0.item.kind == .keyContact }, [])
        try assertDerivedStateIsCurrent(database, "a key contact in another account's meeting")
    }

    func testAnAccountAnotherProgramDeletesWithForeignKeysOffLeavesNothingBehind() throws {
        let database = try AppDatabase.empty()
        let gone = try database.addAccount("Gone Co", arr: 300_000, renewal: today.adding(days: -2))
        _ = try database.addAccount("Kept Co", arr: 100_000, renewal: today.adding(days: -2))
        XCTAssertEqual(try database.agenda(limit: 10).count, 2)
        // When another program deletes an account as the sqlite3 shell does, foreign keys off
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "DELETE FROM account WHERE id = ?", arguments: [gone.id])
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        try database.refreshSummaries()
        // Then its summary, figures and agenda items go with it
        XCTAssertEqual(try database.agenda(limit: 1).map(\.item.accountName), ["Kept Co"])
        XCTAssertEqual(try database.kpis().accountCount, 1)
        XCTAssertEqual(try database.kpis().annualRecurringRevenue, .major(100_000))
        try assertDerivedStateIsCurrent(database, "an account deleted with foreign keys off")
    }

    func testAWriteFromACommandThatDoesNotKnowTheFiscalYearKeepsTheStoresCalendar() throws {
        // Given a store summarised for a fiscal year starting in February
        let february = SummaryBasis(today: today, calendar: FiscalCalendar(firstMonth: 2))
        let database = try AppDatabase.inMemory(basis: february)
        try database.writeDemoBook(DemoBook(seed: 8, accountCount: 30, today: today))
        // When a command opened with the default calendar (an import) writes revenue
        database.setBasis(SummaryBasis(today: today))
        let account = try XCTUnwrap(try database.accounts().first)
        try database.save(.recordMetric(MetricPoint(
            accountID: XCTUnwrap(account.id), metric: MetricPoint.revenue, month: today.yearMonth, actual: 1, target: 900_000))).saved()
        // Then the account's summary and ranks are the February calendar's, like every other row
        database.setBasis(february)
        XCTAssertFalse(try database.summariesNeedRefresh())
        try assertDerivedStateIsCurrent(database, "a write computed for another calendar")
    }
}
