import Foundation
import RapportCore
import RapportStore
import XCTest

final class HistoryTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
    let time = Date(timeIntervalSince1970: 1_800_000_000)

    func makeInitiative(in database: AppDatabase) throws -> Initiative {
        let account = try database.saveAccount(
            Account(name: "A", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero, renewalDate: nil))
        return try database.saveInitiative(
            Initiative(accountID: try XCTUnwrap(account.id), title: "Portal", objective: "", owner: "", status: .planned, progress: 10, dueDate: nil))
    }

    func testUndoAndRedoAProgressChangeWithItsHistoryRow() throws {
        let database = try AppDatabase.inMemory()
        let initiative = try makeInitiative(in: database)
        let id = try XCTUnwrap(initiative.id)
        try database.recordProgress(initiativeID: id, progress: 15, status: .planned, at: time)
        try database.recordProgress(initiativeID: id, progress: 15, status: .onTrack, at: time)
        XCTAssertEqual(try database.historyDepth().undo, 2)

        let undone = try XCTUnwrap(try database.undo())
        XCTAssertEqual(undone.description, "Portal status planned → on track")
        XCTAssertEqual(undone.accountIDs, [initiative.accountID])
        XCTAssertFalse(undone.changesAccountList)
        XCTAssertEqual(try database.initiative(id: id)?.status, .planned)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).count, 1, "the history row goes with the change")

        try database.undo()
        XCTAssertEqual(try database.initiative(id: id), initiative)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id), [])
        XCTAssertNil(try database.undo(), "nothing left to undo")

        let redone = try XCTUnwrap(try database.redo())
        XCTAssertEqual(redone.description, "Portal progress 10% → 15%")
        XCTAssertEqual(try database.initiative(id: id)?.progress, 15)
        try database.redo()
        XCTAssertEqual(try database.initiative(id: id)?.status, .onTrack)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).count, 2)
        XCTAssertNil(try database.redo())
    }

    func testANewChangeAfterUndoClearsTheRedoStack() throws {
        let database = try AppDatabase.inMemory()
        let id = try XCTUnwrap(try makeInitiative(in: database).id)
        try database.recordProgress(initiativeID: id, progress: 20, status: .planned, at: time)
        try database.undo()
        XCTAssertEqual(try database.historyDepth().redo, 1)
        try database.recordProgress(initiativeID: id, progress: 30, status: .planned, at: time)
        XCTAssertEqual(try database.historyDepth().redo, 0)
        XCTAssertNil(try database.redo())
        XCTAssertEqual(try database.initiative(id: id)?.progress, 30)
    }

    func testUndoAndRedoSurviveARestart() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history.sqlite")
        let id: Int64
        do {
            let database = try AppDatabase.open(path: path)
            id = try XCTUnwrap(try makeInitiative(in: database).id)
            try database.recordProgress(initiativeID: id, progress: 55, status: .atRisk, at: time)
            try database.close()
        }
        do {
            let database = try AppDatabase.open(path: path)
            XCTAssertEqual(try database.undo()?.description, "Portal progress 10% → 55%")
            XCTAssertEqual(try database.initiative(id: id)?.progress, 10)
            try database.close()
        }
        let database = try AppDatabase.open(path: path)
        XCTAssertEqual(try database.initiative(id: id)?.status, .planned)
        try database.redo()
        XCTAssertEqual(try database.initiative(id: id)?.progress, 55)
        XCTAssertEqual(try database.initiative(id: id)?.status, .atRisk)
    }

    func testUndoOfARowDeletedElsewhereRestoresIt() throws {
        let database = try AppDatabase.inMemory()
        let initiative = try makeInitiative(in: database)
        let id = try XCTUnwrap(initiative.id)
        try database.recordProgress(initiativeID: id, progress: 40, status: .planned, at: time)
        try database.deleteInitiative(id: id)
        // Undoing the progress change puts the row back as it was before that change.
        try database.undo()
        XCTAssertEqual(try database.initiative(id: id), initiative)
    }
}
