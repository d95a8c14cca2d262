import Foundation
import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `+`/`-` and `s`/`S` hand the store a delta on the stored row; the screen changes only when
/// the outcome comes back.
final class InitiativeUpdateTests: XCTestCase {
    func testPlusAsksForABumpOfTheStoredProgressAndChangesNothingElseUntilTheOutcome() throws {
        let dashboard = try Dashboard()
        dashboard.driver.keys(.tab, .char("j"))  // Portal rollout, 40%
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        let before = dashboard.state

        let plus = step(dashboard.viewModel, key: .char("+"))
        XCTAssertEqual(plus.effects, [.write(id: 1, .bumpProgress(initiativeID: portalID, by: 5))])
        var expected = before
        expected.writes.nextID = 2
        expected.writes.inFlight = [1: "progress of Portal rollout"]
        expected.noteableWriteID = 1
        XCTAssertEqual(plus.state, expected, "only the write in flight is noted")
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 40)

        // The outcome: a message, and everything that shows the initiative is read again — of the
        // list, only the account's own row.
        var viewModel = dashboard.viewModel
        _ = viewModel.send(.key(.char("+")))
        let outcome = try dashboard.database.apply(.bumpProgress(initiativeID: portalID, by: 5), at: BookFixture.clockTime)
        let saved = step(viewModel, .written(id: 1, .success(outcome)))
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        XCTAssertEqual(
            saved.effects,
            [.load(.kpis), .load(.accountRows(sort: .name, ids: [acmeID])), .load(.accountFocus(accountID: acmeID))])
        expected.writes.inFlight = [:]
        expected.message = StatusMessage("Saved: Portal rollout progress 40% → 45%", kind: .success)
        expected.noteableWriteID = nil
        let updateID = try XCTUnwrap(dashboard.database.progressUpdates(initiativeID: portalID).first?.id)
        expected.noteableChange = NoteableChange(
            updateID: updateID, initiativeTitle: "Portal rollout", accountID: acmeID, description: "Portal rollout progress 40% → 45%")
        XCTAssertEqual(saved.state, expected, "the screen shows 40% until the reads come back; n may note the change")
    }

    /// A step that moves the account in the sort (health, here) reads the window again; one
    /// that leaves it in place only replaces its row.
    func testARowThatMovedInTheSortReadsTheWindowAgain() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let rows = AccountPageRequest(sort: .name, search: "", anchor: .first, limit: 1)
        let fresh = try dashboard.database.accountPage(rows).entries
        let inPlace = step(dashboard.viewModel, .loaded(.accountRows(sort: .name, ids: [acmeID]), .success(.accountRows(fresh))))
        XCTAssertEqual(inPlace.effects, [], "same key: the row is replaced where it is")
        XCTAssertEqual(inPlace.state.accounts.entries.first, fresh.first)

        dashboard.driver.key(.char("o"))
        dashboard.driver.key(.char("o"))  // health ↑
        XCTAssertEqual(dashboard.state.accounts.sort, .health)
        let moved = try dashboard.database.accountPage(AccountPageRequest(sort: .health, anchor: .first, limit: 1)).entries
        let movedID = try XCTUnwrap(moved.first?.id)
        var shifted = dashboard.viewModel
        _ = shifted.send(.written(id: 99, .failure(.busy)))  // nothing in flight: ignored
        let reply = StoreReply.accountRows([AccountListEntry(summary: try XCTUnwrap(moved.first).summary, key: try XCTUnwrap(dashboard.state.accounts.entries.last).key)])
        let reread = step(shifted, .loaded(.accountRows(sort: .health, ids: [movedID]), .success(reply)))
        XCTAssertEqual(reread.effects.count, 1)
        guard case .load(.accountPage) = reread.effects.first else { return XCTFail("\(reread.effects)") }
    }

    func testPlusRaisesProgressAndRecordsEachStep() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.tab)  // API migration (at risk, 20%, overdue)
        dashboard.driver.key(.char("+"))
        XCTAssertEqual(dashboard.state.selectedInitiative?.progress, 25)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved: API migration progress 20% → 25%", kind: .success))
        dashboard.driver.keys(.char("="), .char("+"))
        XCTAssertEqual(dashboard.state.selectedInitiative?.progress, 35)
        XCTAssertEqual(dashboard.state.selectedInitiative?.id, dashboard.book.migration.id, "the cursor stays on it")
        let id = try XCTUnwrap(dashboard.book.migration.id)
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.migration), 35)
        let history = try dashboard.database.progressUpdates(initiativeID: id)
        XCTAssertEqual(history.map(\.progress), [35, 30, 25])
        XCTAssertEqual(history.map(\.previousProgress), [30, 25, 20])
        XCTAssertTrue(history.allSatisfy { $0.recordedAt == BookFixture.clockTime })
        XCTAssertTrue(dashboard.state.writes.isEmpty)
    }

    func testMinusStopsAtZeroAndPlusAtHundredWithoutWriting() throws {
        let dashboard = try Dashboard()
        dashboard.driver.keys(.char("j"), .tab)  // Bluefin: Roadmap review, 0%
        let roadmapID = try XCTUnwrap(dashboard.book.roadmap.id)
        var expected = dashboard.state
        dashboard.driver.key(.char("-"))
        expected.writes.nextID = 2
        expected.message = StatusMessage("Roadmap review is already at 0%", kind: .info)
        XCTAssertEqual(dashboard.state, expected)
        XCTAssertEqual(try dashboard.database.progressUpdates(initiativeID: roadmapID), [])
        for _ in 0..<25 { dashboard.driver.key(.char("+")) }
        XCTAssertEqual(dashboard.state.selectedInitiative?.progress, 100)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Roadmap review is already at 100%", kind: .info))
        XCTAssertEqual(try dashboard.database.progressUpdates(initiativeID: roadmapID).count, 20)
    }

    func testStatusStepsUpdateTheCountsHealthAndKPIs() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.tab)
        let before = dashboard.state
        dashboard.driver.keys(.char("s"), .enter)  // at risk → blocked, no reason given
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved: API migration status at risk → blocked", kind: .success))
        XCTAssertEqual(dashboard.state.selectedInitiative?.status, .blocked)
        XCTAssertEqual(dashboard.state.focused.overview?.initiatives, InitiativeCounts(total: 2, open: 2, atRisk: 0, blocked: 1, overdue: 1))
        XCTAssertEqual(dashboard.state.kpis.initiatives.blocked, before.kpis.initiatives.blocked + 1)
        XCTAssertEqual(dashboard.state.kpis.initiatives.atRisk, before.kpis.initiatives.atRisk - 1)
        XCTAssertEqual(try dashboard.database.initiative(id: XCTUnwrap(dashboard.book.migration.id))?.status, .blocked)

        dashboard.driver.keys(.char("S"), .enter)  // back to at risk
        XCTAssertEqual(dashboard.state.selectedInitiative?.status, .atRisk)
        XCTAssertEqual(dashboard.state.focused.overview?.initiatives, before.focused.overview?.initiatives)
        XCTAssertEqual(dashboard.state.kpis, before.kpis)
    }

    func testDoneShortOf100PercentAsksToSet100() throws {
        // Given API migration (at risk, 20%) stepped to blocked: the next step is done
        let dashboard = try Dashboard()
        let id = try XCTUnwrap(dashboard.book.migration.id)
        dashboard.driver.keys(.tab, .char("s"), .enter)
        let blocked = try XCTUnwrap(dashboard.state.selectedInitiative)
        XCTAssertEqual(blocked.status, .blocked)
        // When s moves it on, then nothing is written yet: the dashboard asks
        let asked = step(dashboard.viewModel, key: .char("s"))
        XCTAssertEqual(asked.effects, [])
        XCTAssertEqual(
            asked.state.confirmation,
            Confirmation(question: "“API migration” is at 20%. Mark it done at 100%?", action: .completeInitiative(blocked)))
        // And n (or Esc) changes nothing and says how to mark it done as it stands
        dashboard.driver.keys(.char("s"), .char("n"))
        XCTAssertNil(dashboard.state.overlay)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Still blocked at 20% — e edits it to mark it done as it stands", kind: .info))
        XCTAssertEqual(try dashboard.database.initiative(id: id)?.status, .blocked)
        // And y marks it done at 100%, recorded as one change
        dashboard.driver.keys(.char("s"), .char("y"))
        let stored = try XCTUnwrap(dashboard.database.initiative(id: id))
        XCTAssertEqual(stored.status, .done)
        XCTAssertEqual(stored.progress, 100)
        XCTAssertEqual(dashboard.state.selectedInitiative?.progress, 100)
        // And from done, s steps on as before (no question: it is not moving to done)
        dashboard.driver.key(.char("s"))
        XCTAssertNil(dashboard.state.overlay)
    }

    func testAFailedWriteSaysWhyAndReadsAgain() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.tab)
        let id = try XCTUnwrap(dashboard.book.migration.id)
        // Someone else deletes the initiative behind the dashboard's back.
        _ = try dashboard.database.apply(.removeInitiative(id: id), at: BookFixture.clockTime)
        dashboard.driver.key(.char("+"))
        XCTAssertEqual(
            dashboard.state.message,
            StatusMessage("Not saved: the initiative #\(id) no longer exists — it may have been deleted elsewhere", kind: .error))
        XCTAssertEqual(dashboard.state.focused.initiatives, [dashboard.book.portal], "read again: the deleted one is gone")
        XCTAssertTrue(dashboard.state.writes.isEmpty)
    }

    func testProgressKeysDoNothingInTheAccountsPane() throws {
        let dashboard = try Dashboard()
        for key: Key in [.char("+"), .char("-"), .char("s"), .char("S")] {
            let next = step(dashboard.viewModel, key: key)
            XCTAssertEqual(next.state, dashboard.state, "\(key)")
            XCTAssertEqual(next.effects, [], "\(key)")
        }
    }

    func testProgressKeysWorkInTheDetailInitiativesSection() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.enter)
        for _ in 0..<3 { dashboard.driver.key(.tab) }
        XCTAssertEqual(dashboard.state.detail?.section, .initiatives)
        dashboard.driver.key(.char("j"))
        XCTAssertEqual(dashboard.state.selectedInitiative?.title, "Portal rollout")
        dashboard.driver.key(.char("+"))
        XCTAssertEqual(dashboard.state.selectedInitiative?.progress, 45)
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 45)
        dashboard.driver.key(.char("u"))
        XCTAssertEqual(dashboard.state.selectedInitiative?.progress, 40)
        XCTAssertEqual(dashboard.state.detail?.section, .initiatives, "undo keeps the detail view open")
    }

    func testChangesSurviveAReopen() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("store.sqlite").path
        let basis = SummaryBasis(today: BookFixture.today)
        let demo = DemoBook(seed: 2, accountCount: 5, today: BookFixture.today)
        let database = try AppDatabase.open(path: path, basis: basis)
        _ = try database.writeDemoBook(demo)
        let driver = Driver(database: database, storeName: "store.sqlite", today: BookFixture.today)
        let original = try XCTUnwrap(driver.state.focused.initiatives.first)
        driver.keys(.tab, .char("+"), .char("s"))
        if original.status.next.asksForReason { driver.key(.enter) }
        try database.close()

        let reopened = try AppDatabase.open(path: path, basis: basis)
        defer { try? reopened.close() }
        let saved = try XCTUnwrap(Driver(database: reopened, storeName: "store.sqlite", today: BookFixture.today).state.focused.initiatives.first)
        XCTAssertEqual(saved.id, original.id)
        XCTAssertEqual(saved.progress, min(100, original.progress + 5))
        XCTAssertEqual(saved.status, original.status.next)
    }
}

final class UndoRedoTests: XCTestCase {
    func testUndoAndRedoRestoreTheScreen() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.tab)
        let before = dashboard.state
        dashboard.driver.keys(.char("s"), .enter)  // at risk → blocked
        let afterChange = dashboard.state

        dashboard.driver.key(.char("u"))
        XCTAssertEqual(dashboard.state.message, StatusMessage("Undone: API migration status at risk → blocked", kind: .success))
        XCTAssertEqual(dashboard.state.focused.initiatives.map(\.status), before.focused.initiatives.map(\.status))
        XCTAssertEqual(dashboard.state.focused.overview?.initiatives, before.focused.overview?.initiatives)
        XCTAssertEqual(dashboard.state.kpis, before.kpis)
        XCTAssertEqual(dashboard.state.accounts, before.accounts)
        XCTAssertEqual(dashboard.state.pane, .initiatives)
        XCTAssertEqual(try dashboard.database.initiative(id: XCTUnwrap(dashboard.book.migration.id))?.status, .atRisk)

        dashboard.driver.key(.ctrl("r"))
        XCTAssertEqual(dashboard.state.message, StatusMessage("Redone: API migration status at risk → blocked", kind: .success))
        XCTAssertEqual(dashboard.state.focused.initiatives.map(\.status), afterChange.focused.initiatives.map(\.status))
        XCTAssertEqual(dashboard.state.kpis, afterChange.kpis)

        var expected = dashboard.state
        dashboard.driver.key(.ctrl("r"))
        expected.writes.nextID += 1
        expected.message = StatusMessage("Nothing to redo", kind: .info)
        XCTAssertEqual(dashboard.state, expected)
    }

    func testUndoWithNothingToUndoSaysSoAndChangesNothingElse() throws {
        // A window of its own: the fixture's writes are another connection's history.
        let driver = try SharedStore(self).window(self)
        let undo = step(driver.viewModel, key: .char("u"))
        XCTAssertEqual(undo.effects, [.write(id: 1, .undo)])
        var expected = driver.state
        driver.key(.char("u"))
        expected.writes.nextID = 2
        expected.message = StatusMessage("Nothing to undo", kind: .info)
        XCTAssertEqual(driver.state, expected)
        XCTAssertEqual(driver.effects.last, .write(id: 1, .undo), "an unchanged outcome reads nothing again")
    }
}
