import RapportCore
@testable import RapportStore
import XCTest

/// Each change names the record below its account that it leaves in place, which undo and
/// redo select on screen; a change that removes the record (or adds or removes an account)
/// names none.
final class ChangedRecordTests: XCTestCase {
    func testEachKindOfChangeNamesItsRecordAndUndoNamesWhatItLeaves() throws {
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Copper Materials")
        let accountID = try XCTUnwrap(account.id)
        let contact = try database.addContact("Ana Ruiz", to: accountID)
        let initiative = try database.addInitiative("Portal rollout", to: accountID)
        let initiativeID = try XCTUnwrap(initiative.id)

        let bump = try database.save(.bumpProgress(initiativeID: initiativeID, by: 10)).saved()
        XCTAssertEqual(bump.record, .initiative(initiativeID), "the initiative row comes before its progress update")
        XCTAssertEqual(try database.save(.undo).saved().record, .initiative(initiativeID))
        XCTAssertEqual(try database.save(.redo).saved().record, .initiative(initiativeID))

        let removal = try database.save(.removeContact(id: try XCTUnwrap(contact.id), successor: nil)).saved()
        XCTAssertNil(removal.record, "a deleted contact cannot be selected")
        XCTAssertEqual(try database.save(.undo).saved().record, .contact(try XCTUnwrap(contact.id)), "undone, it is back")

        let metric = try database.save(.recordMetric(MetricPoint(
            accountID: accountID, metric: MetricPoint.revenue, month: TestClock.today.yearMonth, actual: 500, target: nil))).saved()
        XCTAssertEqual(metric.record, ChangedRecord.metric(MetricPoint.revenue))

        let added = try database.addInitiative("Second", to: accountID)
        XCTAssertNotNil(added.id)
        XCTAssertNil(try database.save(.undo).saved().record, "an undone addition leaves nothing to select")

        let removedAccount = try database.save(.removeAccount(id: accountID)).saved()
        XCTAssertNil(removedAccount.record, "an account that went is itself what to show")
        XCTAssertNil(try database.save(.undo).saved().record, "and so is one that came back, with all its records")
    }
}
