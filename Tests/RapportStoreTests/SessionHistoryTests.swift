import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// Two windows on one store file (two `AppDatabase` instances, two connection pools): `u` in
/// one undoes only what that window did, and never undoes a row the other changed since.
final class SessionHistoryTests: XCTestCase {
    struct TwoWindows {
        let directory: TemporaryDirectory
        let a: AppDatabase
        let b: AppDatabase
        let accountID: Int64
        let initiativeID: Int64
    }

    /// Window A adds an account with an initiative at 10%; window B opens the same file.
    func openTwoWindows() throws -> TwoWindows {
        let directory = try TemporaryDirectory()
        let path = directory.file("shared.sqlite")
        let a = try AppDatabase.open(path: path, basis: TestClock.basis)
        let accountID = try XCTUnwrap(try a.addAccount("Acme", arr: 100_000).id)
        let initiativeID = try XCTUnwrap(try a.addInitiative("Portal", to: accountID, progress: 10).id)
        let b = try AppDatabase.open(path: path, basis: TestClock.basis)
        XCTAssertNotEqual(a.session, b.session)
        return TwoWindows(directory: directory, a: a, b: b, accountID: accountID, initiativeID: initiativeID)
    }

    func testEachWindowUndoesOnlyItsOwnChanges() throws {
        // Given A bumps the initiative and B then adds an account and renames Acme's owner
        let windows = try openTwoWindows()
        let (a, b) = (windows.a, windows.b)
        try a.save(.bumpProgress(initiativeID: windows.initiativeID, by: 5)).saved()
        let bluefin = try XCTUnwrap(try b.addAccount("Bluefin", arr: 50_000).id)
        XCTAssertEqual(try a.historyDepth().undo, 3)
        XCTAssertEqual(try b.historyDepth().undo, 1)
        // When A undoes, then its bump goes, though B's change is newer
        XCTAssertEqual(try a.save(.undo).saved().description, "Portal progress 10% → 15%")
        XCTAssertEqual(try b.initiative(id: windows.initiativeID)?.progress, 10)
        XCTAssertEqual(try a.accountCount(), 2, "B's account is still there")
        // When B undoes, then its account goes and A's work is untouched
        XCTAssertEqual(try b.save(.undo).saved().description, "added account Bluefin")
        XCTAssertNil(try a.account(id: bluefin))
        XCTAssertEqual(try a.accounts().map(\.name), ["Acme"])
        XCTAssertEqual(try b.save(.undo), .unchanged("Nothing to undo"))
        XCTAssertEqual(try a.kpis().accountCount, 1)
        // And each redoes its own
        try a.save(.redo).saved()
        XCTAssertEqual(try b.initiative(id: windows.initiativeID)?.progress, 15)
        XCTAssertEqual(try a.save(.redo), .unchanged("Nothing to redo"))
        try a.close()
        try b.close()
    }

    func testUndoingARowTheOtherWindowChangedSinceIsRefusedAndWritesNothing() throws {
        // Given A bumps Portal by 5, then B bumps it by 20
        let windows = try openTwoWindows()
        let (a, b) = (windows.a, windows.b)
        try a.save(.bumpProgress(initiativeID: windows.initiativeID, by: 5)).saved()
        try b.save(.bumpProgress(initiativeID: windows.initiativeID, by: 20)).saved()
        let before = try a.dump()
        let logged = try a.changeLogCount()
        // When A undoes its bump
        let outcome = try a.save(.undo)
        // Then it is refused (B's work would go with it) and nothing was written
        guard case .historyOvertaken(let message) = outcome else { return XCTFail("expected a refusal, got \(outcome)") }
        XCTAssertTrue(message.contains("Portal progress 10% → 15%"), message)
        XCTAssertTrue(message.contains("changed since"), message)
        XCTAssertEqual(try a.dump(), before)
        XCTAssertEqual(try a.changeLogCount(), logged)
        XCTAssertEqual(try a.historyDepth().undo, 3)
        XCTAssertEqual(try a.initiative(id: windows.initiativeID)?.progress, 35)
        // Once B undoes its own bump, the row is as A left it and A's undo goes through
        try b.save(.undo).saved()
        try a.save(.undo).saved()
        XCTAssertEqual(try b.initiative(id: windows.initiativeID)?.progress, 10)
        XCTAssertEqual(try b.progressUpdates(initiativeID: windows.initiativeID), [])
        try a.close()
        try b.close()
    }

    func testRedoingARowTheOtherWindowChangedSinceIsRefusedAndWritesNothing() throws {
        // Given A bumps and undoes, then B edits the same initiative
        let windows = try openTwoWindows()
        let (a, b) = (windows.a, windows.b)
        try a.save(.bumpProgress(initiativeID: windows.initiativeID, by: 5)).saved()
        try a.save(.undo).saved()
        try b.save(.stepStatus(initiativeID: windows.initiativeID, forward: true)).saved()
        let before = try a.dump()
        // When A redoes, then it is refused and the row keeps B's status
        guard case .historyOvertaken(let message) = try a.save(.redo) else { return XCTFail("expected a refusal") }
        XCTAssertTrue(message.hasPrefix("Not redone"), message)
        XCTAssertEqual(try a.dump(), before)
        XCTAssertEqual(try a.historyDepth().redo, 1)
        XCTAssertEqual(try a.initiative(id: windows.initiativeID)?.status, .onTrack)
        XCTAssertEqual(try a.initiative(id: windows.initiativeID)?.progress, 10)
        try a.close()
        try b.close()
    }

    func testADeleteInOneWindowIsNotUndoneByAnEditInTheOther() throws {
        // Given B edits Acme, then A deletes Acme (with its initiative)
        let windows = try openTwoWindows()
        let (a, b) = (windows.a, windows.b)
        let acme = try XCTUnwrap(try b.account(id: windows.accountID))
        try b.save(.editAccount(RecordEdit(original: acme, edited: { var x = acme; x.owner = "Lena"; return x }()))).saved()
        try a.save(.removeAccount(id: windows.accountID)).saved()
        // When B undoes its edit, then it is refused: the account is gone, and B cannot resurrect it half-way
        guard case .historyOvertaken = try b.save(.undo) else { return XCTFail("expected a refusal") }
        XCTAssertEqual(try b.accountCount(), 0)
        // A's undo of the delete brings back the account as B left it
        try a.save(.undo).saved()
        XCTAssertEqual(try b.account(id: windows.accountID)?.owner, "Lena")
        XCTAssertEqual(try b.initiatives(accountID: windows.accountID).map(\.title), ["Portal"])
        try a.close()
        try b.close()
    }
}
