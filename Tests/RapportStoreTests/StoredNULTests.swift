import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// Text with a NUL in it, written by another program (`sqlite3 store "UPDATE account SET name =
/// 'a' || char(0) || 'b'"`). GRDB reads text as a C string and binds it with no length, so
/// read as it is it would come back cut at the NUL, and any save would store the cut.
final class StoredNULTests: XCTestCase {
    private let placeholder = TextSafety.placeholder

    /// A store whose account is named a NUL b, as another program left it.
    private func storeWithNULName() throws -> (database: AppDatabase, id: Int64) {
        let database = try AppDatabase.empty()
        let id = try XCTUnwrap(try database.addAccount("plain", industry: "Retail").id)
        try database.write { db in
            try db.execute(sql: "UPDATE account SET name = 'a' || char(0) || 'b' WHERE id = ?", arguments: [id])
        }
        try database.refreshSummaries()
        return (database, id)
    }

    private func storedName(_ database: AppDatabase, _ id: Int64) throws -> String? {
        try database.read { db in try String.fetchOne(db, sql: "SELECT hex(name) FROM account WHERE id = ?", arguments: [id]) }
    }

    func testANULStoredElsewhereReadsAsThePlaceholderEverywhere() throws {
        let (database, id) = try storeWithNULName()
        XCTAssertEqual(try storedName(database, id), "610062")
        XCTAssertEqual(try database.account(id: id)?.name, "a\(placeholder)b")
        XCTAssertEqual(try database.accounts().map(\.name), ["a\(placeholder)b"])
        XCTAssertEqual(try database.accountOverview(id: id)?.account.name, "a\(placeholder)b")
        let page = try database.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 10))
        XCTAssertEqual(page.entries.map(\.summary.name), ["a\(placeholder)b"])
        let found = try database.accountPage(AccountPageRequest(sort: .name, search: "b", anchor: .first, limit: 10))
        XCTAssertEqual(found.entries.map(\.id), [id], "the search index has the words on both sides of the NUL")
    }

    func testEditingAnotherFieldKeepsTheStoredBytesAndSoDoesItsUndo() throws {
        let (database, id) = try storeWithNULName()
        let original = try XCTUnwrap(try database.account(id: id))
        var edited = original
        edited.industry = "Travel"
        try database.save(.editAccount(RecordEdit(original: original, edited: edited))).saved()
        XCTAssertEqual(try storedName(database, id), "610062")
        XCTAssertEqual(try database.account(id: id)?.industry, "Travel")
        try database.save(.undo).saved()
        XCTAssertEqual(try database.account(id: id)?.industry, "Retail")
        XCTAssertEqual(try storedName(database, id), "610062", "the undo puts back only what the edit changed")
        try database.save(.redo).saved()
        XCTAssertEqual(try storedName(database, id), "610062")
    }

    func testAnUnchangedEditWritesNothing() throws {
        let (database, id) = try storeWithNULName()
        let original = try XCTUnwrap(try database.account(id: id))
        XCTAssertEqual(try database.save(.editAccount(RecordEdit(original: original, edited: original))), .unchanged("No changes to save"))
        XCTAssertEqual(try storedName(database, id), "610062")
    }

    func testEditingTheFieldItselfReplacesIt() throws {
        let (database, id) = try storeWithNULName()
        let original = try XCTUnwrap(try database.account(id: id))
        var edited = original
        edited.name = "ab"
        try database.save(.editAccount(RecordEdit(original: original, edited: edited))).saved()
        XCTAssertEqual(try storedName(database, id), "6162")
    }

    func testLoggingAnInteractionThatSetsTheFollowUpKeepsTheName() throws {
        let (database, id) = try storeWithNULName()
        let call = Interaction(accountID: id, kind: .call, date: TestClock.today, contactIDs: [], summary: "Kick-off", nextStep: "")
        try database.save(.logInteraction(call, nextFollowUp: TestClock.today.adding(days: 7))).saved()
        XCTAssertEqual(try database.account(id: id)?.nextFollowUp, TestClock.today.adding(days: 7))
        XCTAssertEqual(try storedName(database, id), "610062")
    }

    func testMovingProgressAndItsUndoKeepATitleWithANUL() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        let initiativeID = try XCTUnwrap(try database.addInitiative("plain", to: accountID).id)
        try database.write { db in
            try db.execute(sql: "UPDATE initiative SET title = 'x' || char(0) || 'y' WHERE id = ?", arguments: [initiativeID])
        }
        XCTAssertEqual(try database.initiative(id: initiativeID)?.title, "x\(placeholder)y")
        try database.save(.bumpProgress(initiativeID: initiativeID, by: 10)).saved()
        try database.save(.undo).saved()
        let title = try database.read { db in
            try String.fetchOne(db, sql: "SELECT hex(title) FROM initiative WHERE id = ?", arguments: [initiativeID])
        }
        XCTAssertEqual(title, "780079")
        XCTAssertEqual(try database.initiative(id: initiativeID)?.progress, 0)
    }
}
