import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// The agenda as the store reads it, and its snoozes and done marks as it keeps them.
final class AgendaStoreTests: XCTestCase {
    let today = TestClock.today

    /// Three accounts, one item each (scores by hand from the default coefficients):
    /// - "Lapsed Co": renewal 3 days ago → lapsed renewal 20 + overdue 6 × 3/30 = 20.6;
    /// - "Follow Co": follow-up 12 days ago, ARR $500k → 8 + 6 × 12/30 + 3 × 0.5 = 11.9;
    /// - "Build Co": "ERP rollout" due in 7 days → 4 + 4 × (1 − 7/14) = 6.
    /// None has enough data to score its health, so no health term.
    private func makeBook(_ database: AppDatabase) throws -> (lapsed: Account, followUp: Account, build: Account) {
        let lapsed = try database.addAccount("Lapsed Co", renewal: today.adding(days: -3))
        let followUp = try database.save(.addAccount(Account(
            name: "Follow Co", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .major(500_000),
            renewalDate: nil, stayInTouchDays: nil, nextFollowUp: today.adding(days: -12)))).saved()
        let build = try database.addAccount("Build Co")
        try database.save(.addInitiative(Initiative(
            accountID: try XCTUnwrap(build.id), title: "ERP rollout", objective: "", owner: "", status: .onTrack, progress: 10,
            dueDate: today.adding(days: 7)))).saved()
        return (lapsed, try XCTUnwrap(database.account(id: XCTUnwrap(followUp.focusAccountID))), build)
    }

    func testTheAgendaHoldsEachKnownItemWithItsScoreByHand() throws {
        let database = try AppDatabase.empty()
        _ = try makeBook(database)
        let agenda = try database.agenda(limit: 10)
        XCTAssertEqual(agenda.map(\.item.accountName), ["Lapsed Co", "Follow Co", "Build Co"])
        XCTAssertEqual(agenda.map(\.item.kind), [.lapsedRenewal, .followUp, .initiativeDue])
        XCTAssertEqual(agenda.map { ($0.score.total * 1000).rounded() / 1000 }, [20.6, 11.9, 6])
        XCTAssertEqual(agenda.map(\.item.reason), ["renewal lapsed 3 days ago", "follow-up 12 days overdue", "ERP rollout: due in 7 days"])
        XCTAssertEqual(agenda.map(\.item.due), [today.adding(days: -3), today.adding(days: -12), today.adding(days: 7)])
        XCTAssertEqual(try database.agenda(limit: 2).map(\.item.accountName), ["Lapsed Co", "Follow Co"])
    }

    func testSnoozedAndDoneItemsStayHiddenAcrossARestartUntilTheirDay() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("agenda.sqlite")
        var database = try AppDatabase.open(path: path, basis: TestClock.basis)
        let book = try makeBook(database)
        let items = try database.agenda(limit: 10).map(\.item)
        let renewal = try XCTUnwrap(items.first { $0.kind == .lapsedRenewal })
        let due = try XCTUnwrap(items.first { $0.kind == .initiativeDue })
        // When the renewal is snoozed for a week and the initiative marked done
        try database.save(.snoozeAgendaItem(key: renewal.key, accountID: try XCTUnwrap(book.lapsed.id), until: today.adding(days: 7))).saved()
        try database.save(.snoozeAgendaItem(key: due.key, accountID: try XCTUnwrap(book.build.id), until: nil)).saved()
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.accountName), ["Follow Co"])
        try database.close()

        // Then after a restart both are still hidden, the snooze and the done mark kept
        database = try AppDatabase.open(path: path, basis: TestClock.basis)
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.accountName), ["Follow Co"])
        XCTAssertEqual(try database.agendaSnoozes().map(\.until), [nil, today.adding(days: 7)])
        try database.close()

        // And six days later the renewal is still snoozed; on its day it is back, while the
        // initiative, done for its due date, stays done
        database = try AppDatabase.open(path: path, basis: SummaryBasis(today: today.adding(days: 6)))
        try database.refreshSummaries()
        XCTAssertEqual(try database.agenda(limit: 10).map(\.item.kind), [.followUp])
        database.setBasis(SummaryBasis(today: today.adding(days: 7)))
        try database.refreshSummaries()
        let later = try database.agenda(limit: 10)
        XCTAssertEqual(later.map(\.item.kind), [.lapsedRenewal, .followUp])
        XCTAssertEqual(later.first?.item.key, renewal.key)
        // Once past its due date it is a new item, overdue
        database.setBasis(SummaryBasis(today: today.adding(days: 8)))
        try database.refreshSummaries()
        let overdue = try XCTUnwrap(try database.agenda(limit: 10).last?.item)
        XCTAssertEqual(overdue.kind, .initiativeOverdue)
        XCTAssertNotEqual(overdue.key, due.key)
        try database.close()
    }

    func testASnoozeIsUndoneAndRedoneLikeAnyChange() throws {
        let database = try AppDatabase.empty()
        let book = try makeBook(database)
        let item = try XCTUnwrap(try database.agenda(limit: 10).first { $0.item.kind == .followUp }?.item)
        let summary = try database.save(.snoozeAgendaItem(key: item.key, accountID: try XCTUnwrap(book.followUp.id), until: today.adding(days: 1))).saved()
        XCTAssertEqual(summary.description, "snoozed an agenda item of Follow Co until \(today.adding(days: 1).iso)")
        XCTAssertFalse(try database.agenda(limit: 10).contains { $0.item.key == item.key })
        try database.save(.undo).saved()
        XCTAssertTrue(try database.agenda(limit: 10).contains { $0.item.key == item.key })
        XCTAssertEqual(try database.agendaSnoozes(), [])
        try database.save(.redo).saved()
        XCTAssertEqual(try database.agendaSnoozes(), [AgendaSnooze(key: item.key, accountID: try XCTUnwrap(book.followUp.id), until: today.adding(days: 1))])
    }

    func testAFollowUpDoneMovesTheNextOneByTheCadenceOrClearsIt() throws {
        let database = try AppDatabase.empty()
        let book = try makeBook(database)
        let id = try XCTUnwrap(book.followUp.id)
        // Without a cadence, the follow-up is cleared and leaves the agenda
        try database.save(.completeFollowUp(accountID: id, today: today)).saved()
        XCTAssertNil(try database.account(id: id)?.nextFollowUp)
        XCTAssertFalse(try database.agenda(limit: 10).contains { $0.item.kind == .followUp })
        try database.save(.undo).saved()
        XCTAssertEqual(try database.account(id: id)?.nextFollowUp, today.adding(days: -12))
        // With a 30-day cadence, the next follow-up is 30 days from today
        var withCadence = try XCTUnwrap(database.account(id: id))
        let original = withCadence
        withCadence.stayInTouchDays = 30
        try database.save(.editAccount(RecordEdit(original: original, edited: withCadence))).saved()
        try database.save(.completeFollowUp(accountID: id, today: today)).saved()
        XCTAssertEqual(try database.account(id: id)?.nextFollowUp, today.adding(days: 30))
        XCTAssertEqual(try database.save(.completeFollowUp(accountID: id, today: today)), .unchanged("No follow-up to move for Follow Co"))
    }

    func testDeletingAnAccountDeletesItsSnoozes() throws {
        let database = try AppDatabase.empty()
        let book = try makeBook(database)
        let id = try XCTUnwrap(book.lapsed.id)
        try database.save(.snoozeAgendaItem(key: "lapsed-renewal:\(id):account", accountID: id, until: nil)).saved()
        try database.save(.removeAccount(id: id)).saved()
        XCTAssertEqual(try database.agendaSnoozes(), [])
    }
}
