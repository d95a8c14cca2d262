import Foundation
import RapportCore
@testable import RapportStore
import RapportTestSupport
import XCTest

/// Whatever sequence of writes the app makes, what the store keeps derived (summaries, KPI
/// totals, search text, monthly sums) equals a recomputation from the rows it is derived from.
final class SummaryPropertyTests: XCTestCase {
    func testRandomSessionsOfWritesKeepEverythingDerivedCurrent() throws {
        // The first difference is the one to read; every later step would repeat it.
        continueAfterFailure = false
        var applied = 0
        var saved = 0
        var undone = 0
        var refused = 0
        for seed: UInt64 in [1, 2, 3] {
            // Given an empty store and a seeded stream of intents
            let database = try AppDatabase.empty()
            var intents = RandomIntents(seed: seed, today: TestClock.today)
            for step in 0..<150 {
                // When each intent is applied
                let intent = try intents.next(for: database)
                do {
                    let outcome = try database.save(intent)
                    applied += 1
                    if case .saved = outcome {
                        saved += 1
                        if intent == .undo || intent == .redo { undone += 1 }
                    }
                } catch let error as StoreError {
                    // Refusals the app shows the user (a loop, a main contact left without a successor) write nothing.
                    guard case .invalidValue = error else { throw error }
                    refused += 1
                }
                // Then everything derived equals its recomputation
                try assertDerivedStateIsCurrent(database, "seed \(seed) step \(step): \(intent)")
            }
            XCTAssertGreaterThan(try database.accountCount(), 0)
        }
        // The sessions really exercised the store.
        XCTAssertEqual(applied + refused, 450)
        XCTAssertGreaterThan(saved, 300)
        XCTAssertGreaterThan(undone, 20)
    }

    func testTheBulkLoadersSummariesEqualTheSQLRecomputation() throws {
        // Given a demo book loaded in bulk (summaries computed in Swift from the records in hand)
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 4, accountCount: 300, today: TestClock.today))
        // Then every summary, total, search entry and monthly sum equals what SQL recomputes
        try assertDerivedStateIsCurrent(database, "the bulk load")
        XCTAssertEqual(try database.storedDerivedState().summaries.count, 300)
        XCTAssertFalse(try database.summariesNeedRefresh())
        // And a second bulk load on top adds up the same way
        try database.writeDemoBook(DemoBook(seed: 5, accountCount: 40, today: TestClock.today))
        try assertDerivedStateIsCurrent(database, "a second bulk load")
        XCTAssertEqual(try database.kpis().accountCount, 340)
    }

    func testRefreshingForAnotherDayRecomputesEverySummary() throws {
        // Given a demo book summarised for today
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 6, accountCount: 120, today: TestClock.today))
        let before = try database.storedDerivedState()
        for basis in [
            SummaryBasis(today: TestClock.today.adding(days: 45)),
            SummaryBasis(today: TestClock.today.adding(days: 45), calendar: FiscalCalendar(firstMonth: 4)),
            SummaryBasis(today: TestClock.today.adding(days: -400), calendar: FiscalCalendar(firstMonth: 2)),
        ] {
            // When the day (or the fiscal calendar) moves and the summaries are refreshed
            database.setBasis(basis)
            XCTAssertTrue(try database.summariesNeedRefresh())
            try database.refreshSummaries()
            // Then they equal a recomputation for that day
            try assertDerivedStateIsCurrent(database, "refresh for \(basis.today.iso), fiscal start \(basis.calendar.firstMonth)")
            XCTAssertFalse(try database.summariesNeedRefresh())
        }
        XCTAssertNotEqual(try database.storedDerivedState().summaries, before.summaries, "a later day moved health and lateness")
        // And writes after the move keep to the new day
        let account = try XCTUnwrap(try database.accounts().first)
        try database.save(.logInteraction(
            Interaction(accountID: XCTUnwrap(account.id), kind: .meeting, date: database.basis.today, summary: "Workshop"), nextFollowUp: nil)
        ).saved()
        try assertDerivedStateIsCurrent(database, "a write after the move")
    }

    func testUndoingADeletedAccountRestoresItsSummaryAndSearchEntry() throws {
        let fixture = try BookFixture()
        let database = fixture.database
        try database.save(.removeAccount(id: XCTUnwrap(fixture.acme.id))).saved()
        try assertDerivedStateIsCurrent(database, "deleting Acme")
        let page = try database.accountPage(AccountPageRequest(sort: .name, search: "acme", anchor: .first, limit: 5))
        XCTAssertEqual(page.totalCount, 0, "a deleted account is no longer counted as a match")
        try database.save(.undo).saved()
        try assertDerivedStateIsCurrent(database, "undoing the delete")
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "acme", anchor: .first, limit: 5)).totalCount, 1)
    }
}
