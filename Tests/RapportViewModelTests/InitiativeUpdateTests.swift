import RapportCore
import RapportStore
import RapportViewModel
import XCTest

final class InitiativeUpdateTests: XCTestCase {
    func testPlusRaisesProgressAndSavesEachStep() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.tab)  // initiatives pane; API migration (at risk, 20%, overdue) is selected
        var expected = viewModel.state
        viewModel.handle(.char("+"))
        var migration = book.migration
        migration.progress = 25
        expected.initiatives[0] = migration
        expected.message = StatusMessage("Saved: API migration — progress 20% → 25%", kind: .success)
        XCTAssertEqual(viewModel.state, expected, "progress alone changes no count, health or KPI")

        viewModel.handle(.char("+"))
        viewModel.handle(.char("+"))
        XCTAssertEqual(viewModel.state.initiatives[0].progress, 35)
        let id = try XCTUnwrap(book.migration.id)
        XCTAssertEqual(try book.database.initiative(id: id)?.progress, 35)
        let history = try book.database.progressUpdates(initiativeID: id)
        XCTAssertEqual(history.map(\.progress), [35, 30, 25])
        XCTAssertEqual(history.map(\.previousProgress), [30, 25, 20])
        XCTAssertTrue(history.allSatisfy { $0.recordedAt == BookFixture.clockTime })
    }

    func testMinusStopsAtZeroAndPlusAtHundredWithoutWriting() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.perform(.moveDown)  // Bluefin: Roadmap review, 0%
        viewModel.handle(.tab)
        var expected = viewModel.state
        viewModel.handle(.char("-"))
        expected.message = StatusMessage("Roadmap review is already at 0%", kind: .info)
        XCTAssertEqual(viewModel.state, expected)
        XCTAssertEqual(try book.database.progressUpdates(initiativeID: XCTUnwrap(book.roadmap.id)), [])
        for _ in 0..<25 { viewModel.handle(.char("+")) }
        XCTAssertEqual(viewModel.state.initiatives[0].progress, 100)
        XCTAssertEqual(viewModel.state.message, StatusMessage("Roadmap review is already at 100%", kind: .info))
        XCTAssertEqual(try book.database.progressUpdates(initiativeID: XCTUnwrap(book.roadmap.id)).count, 20)
    }

    func testStatusCycleUpdatesCountsHealthAndKPIs() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.tab)
        let before = viewModel.state
        viewModel.handle(.char("s"))  // at risk → blocked
        var expected = before
        var migration = book.migration
        migration.status = .blocked
        expected.initiatives[0] = migration
        let acmeRow = 1
        let updated = before.overviews[acmeRow].replacingInitiatives(
            InitiativeCounts(initiatives: [migration, book.portal], today: BookFixture.today))
        XCTAssertEqual(updated.initiatives, InitiativeCounts(total: 2, open: 2, atRisk: 0, blocked: 1, overdue: 1))
        expected.overviews[acmeRow] = updated
        expected.kpis = PortfolioKPIs(overviews: expected.overviews, today: BookFixture.today, calendar: FiscalCalendar())
        expected.message = StatusMessage("Saved: API migration — status at risk → blocked", kind: .success)
        XCTAssertEqual(viewModel.state, expected)
        XCTAssertEqual(viewModel.state.kpis.initiatives.blocked, before.kpis.initiatives.blocked + 1)
        XCTAssertEqual(viewModel.state.kpis.initiatives.atRisk, before.kpis.initiatives.atRisk - 1)
        XCTAssertEqual(try book.database.initiative(id: XCTUnwrap(book.migration.id))?.status, .blocked)

        viewModel.handle(.char("S"))  // back to at risk
        XCTAssertEqual(viewModel.state.initiatives[0].status, .atRisk)
        XCTAssertEqual(viewModel.state.overviews[acmeRow], before.overviews[acmeRow])
        XCTAssertEqual(viewModel.state.kpis, before.kpis)
    }

    func testAFailedWriteChangesNothingButTheMessage() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.tab)
        // Someone else deletes the initiative behind the dashboard's back.
        try book.database.deleteInitiative(id: XCTUnwrap(book.migration.id))
        var expected = viewModel.state
        viewModel.handle(.char("+"))
        expected.message = StatusMessage("Not saved: the initiative #\(book.migration.id ?? 0) no longer exists — it may have been deleted elsewhere", kind: .error)
        XCTAssertEqual(viewModel.state, expected)
    }

    func testProgressKeysDoNothingInTheAccountsPane() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        let before = viewModel.state
        viewModel.handle(.char("+"))
        viewModel.handle(.char("s"))
        XCTAssertEqual(viewModel.state, before)
    }

    func testChangesSurviveAReopen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-vm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("store.sqlite").path
        do {
            let database = try AppDatabase.open(path: path)
            try database.writeDemoBook(DemoBook(seed: 2, accountCount: 5, today: BookFixture.today))
            let viewModel = try ViewModel(database: database, storeName: "store.sqlite", today: BookFixture.today)
            viewModel.handle(.tab)
            viewModel.handle(.char("+"))
            viewModel.handle(.char("s"))
        }
        let reopened = try ViewModel(database: try AppDatabase.open(path: path), storeName: "store.sqlite", today: BookFixture.today)
        let fresh = try ViewModel(database: {
            let database = try AppDatabase.inMemory()
            try database.writeDemoBook(DemoBook(seed: 2, accountCount: 5, today: BookFixture.today))
            return database
        }(), storeName: "x", today: BookFixture.today)
        let original = try XCTUnwrap(fresh.state.initiatives.first)
        let saved = try XCTUnwrap(reopened.state.initiatives.first)
        XCTAssertEqual(saved.progress, min(100, original.progress + 5))
        XCTAssertEqual(saved.status, original.status.next)
    }
}

final class UndoRedoTests: XCTestCase {
    func testUndoAndRedoRestoreTheWholeState() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.tab)
        let before = viewModel.state
        viewModel.handle(.char("s"))  // at risk → blocked
        let afterChange = viewModel.state

        viewModel.handle(.char("u"))
        var expected = before
        expected.message = StatusMessage("Undone: API migration status at risk → blocked", kind: .success)
        XCTAssertEqual(viewModel.state, expected)
        XCTAssertEqual(try book.database.initiative(id: XCTUnwrap(book.migration.id))?.status, .atRisk)

        viewModel.handle(.ctrl("r"))
        expected = afterChange
        expected.message = StatusMessage("Redone: API migration status at risk → blocked", kind: .success)
        XCTAssertEqual(viewModel.state, expected)

        viewModel.handle(.ctrl("r"))
        expected.message = StatusMessage("Nothing to redo", kind: .info)
        XCTAssertEqual(viewModel.state, expected)
    }

    func testUndoWithNothingToUndoSaysSo() throws {
        let viewModel = try BookFixture().makeViewModel()
        var expected = viewModel.state
        viewModel.handle(.char("u"))
        expected.message = StatusMessage("Nothing to undo", kind: .info)
        XCTAssertEqual(viewModel.state, expected)
    }
}
