import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// Undo and redo within one window (one `AppDatabase`).
final class HistoryTests: XCTestCase {
    func makeInitiative(in database: AppDatabase) throws -> Initiative {
        let account = try database.addAccount("A")
        return try database.addInitiative("Portal", to: XCTUnwrap(account.id), progress: 10)
    }

    func testUndoAndRedoAProgressChangeWithItsHistoryRow() throws {
        // Given a progress bump and a status step
        let database = try AppDatabase.empty()
        let initiative = try makeInitiative(in: database)
        let id = try XCTUnwrap(initiative.id)
        try database.save(.bumpProgress(initiativeID: id, by: 5)).saved()
        try database.save(.stepStatus(initiativeID: id, forward: true)).saved()
        XCTAssertEqual(try database.historyDepth().undo, 4)

        // When the status step is undone, its history row goes with it
        let undone = try database.save(.undo).saved()
        XCTAssertEqual(undone.description, "Portal status planned → on track")
        XCTAssertEqual(undone.accountIDs, [initiative.accountID])
        XCTAssertFalse(undone.changesAccountList)
        XCTAssertEqual(try database.initiative(id: id)?.status, .planned)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).count, 1)

        // And the bump too, back to the row as added (its version moved on, its data did not)
        try database.save(.undo).saved()
        let restored = try XCTUnwrap(try database.initiative(id: id))
        var expected = initiative
        expected.version = restored.version
        XCTAssertEqual(restored, expected)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id), [])
        XCTAssertEqual(try database.historyDepth().redo, 2)

        // When redone, each comes back in order
        XCTAssertEqual(try database.save(.redo).saved().description, "Portal progress 10% → 15%")
        XCTAssertEqual(try database.initiative(id: id)?.progress, 15)
        try database.save(.redo).saved()
        XCTAssertEqual(try database.initiative(id: id)?.status, .onTrack)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).count, 2)
        XCTAssertEqual(try database.save(.redo), .unchanged("Nothing to redo"))
    }

    func testANewChangeAfterUndoClearsTheRedoStack() throws {
        let database = try AppDatabase.empty()
        let id = try XCTUnwrap(try makeInitiative(in: database).id)
        try database.save(.bumpProgress(initiativeID: id, by: 10)).saved()
        try database.save(.undo).saved()
        XCTAssertEqual(try database.historyDepth().redo, 1)
        try database.save(.bumpProgress(initiativeID: id, by: 20)).saved()
        XCTAssertEqual(try database.historyDepth().redo, 0)
        XCTAssertEqual(try database.save(.redo), .unchanged("Nothing to redo"))
        XCTAssertEqual(try database.initiative(id: id)?.progress, 30)
    }

    func testNothingToUndoWritesNothing() throws {
        let database = try AppDatabase.empty()
        XCTAssertEqual(try database.save(.undo), .unchanged("Nothing to undo"))
        XCTAssertEqual(try database.save(.redo), .unchanged("Nothing to redo"))
        XCTAssertEqual(try database.changeLogCount(), 0)
    }

    /// Behaviour changed on purpose: history belongs to the window that made it, so a store
    /// opened again (a new window) cannot undo what the last one did. The rows stay as saved.
    func testAReopenedStoreDoesNotUndoThePreviousWindowsChanges() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history.sqlite")
        let first = try AppDatabase.open(path: path, basis: TestClock.basis)
        let id = try XCTUnwrap(try makeInitiative(in: first).id)
        try first.save(.bumpProgress(initiativeID: id, by: 45)).saved()
        XCTAssertEqual(try first.historyDepth().undo, 3)
        try first.close()

        let second = try AppDatabase.open(path: path, basis: TestClock.basis)
        XCTAssertEqual(try second.historyDepth().undo, 0)
        XCTAssertEqual(try second.save(.undo), .unchanged("Nothing to undo"))
        XCTAssertEqual(try second.initiative(id: id)?.progress, 55)
        // Its own changes are undoable as usual
        try second.save(.bumpProgress(initiativeID: id, by: -5)).saved()
        XCTAssertEqual(try second.save(.undo).saved().description, "Portal progress 55% → 50%")
        XCTAssertEqual(try second.initiative(id: id)?.progress, 55)
        try second.close()
    }

    func testUndoDoesNotSetTheVersionBackSoAFormOpenedBeforeItIsStale() throws {
        // Given a form opened on an initiative after a change, which is then undone
        let database = try AppDatabase.empty()
        let id = try XCTUnwrap(try makeInitiative(in: database).id)
        try database.save(.bumpProgress(initiativeID: id, by: 30)).saved()
        let opened = try XCTUnwrap(try database.initiative(id: id))
        try database.save(.undo).saved()
        // When the form saves, then it sees the row moved (progress went back) instead of silently saving over it
        var edited = opened
        edited.owner = "Dana"
        let conflict = try XCTUnwrap(try database.save(.editInitiative(RecordEdit(original: opened, edited: edited))).conflict)
        XCTAssertEqual(conflict.changedElsewhere, ["progress"])
        XCTAssertGreaterThan(try XCTUnwrap(try database.initiative(id: id)).version, opened.version)
    }

    func testUndoOfAChangeWhoseRowWasDeletedSinceIsRefused() throws {
        // Given a bump, and the initiative deleted since by a raw write of another program
        let database = try AppDatabase.empty()
        let initiative = try makeInitiative(in: database)
        let id = try XCTUnwrap(initiative.id)
        try database.save(.bumpProgress(initiativeID: id, by: 30)).saved()
        try database.executeRaw("DELETE FROM initiative WHERE id = \(id)")
        let before = try database.dump()
        // When the bump is undone, then it is refused and nothing comes back half-way
        guard case .historyOvertaken(let message) = try database.save(.undo) else { return XCTFail("expected a refusal") }
        XCTAssertTrue(message.contains("Portal progress 10% → 40%"), message)
        XCTAssertEqual(try database.dump(), before)
        XCTAssertEqual(try database.historyDepth().undo, 3, "the refused entry stays where it was")
    }
}
