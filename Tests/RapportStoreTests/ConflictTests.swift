import Foundation
import RapportCore
@testable import RapportStore
import RapportTestSupport
import XCTest

/// A form's save is compare-and-set on the row's version: a row changed since the form opened is
/// reported, not overwritten, unless the user says to; and then only this form's fields go in.
final class ConflictTests: XCTestCase {
    /// A form's copy of Acme, taken before another window renamed it to "Acme Industries".
    func acmeRenamedSinceAFormOpened() throws -> (AppDatabase, Account) {
        let fixture = try BookFixture()
        let opened = try XCTUnwrap(try fixture.database.account(id: XCTUnwrap(fixture.acme.id)))
        var renamed = opened
        renamed.name = "Acme Industries"
        try fixture.database.save(.editAccount(RecordEdit(original: opened, edited: renamed))).saved()
        return (fixture.database, opened)
    }

    func testAStaleSaveIsAConflictNamingBothSidesAndWritesNothing() throws {
        // Given a form opened on Acme, and another window that renamed Acme since
        let (database, opened) = try acmeRenamedSinceAFormOpened()
        let stored = try XCTUnwrap(try database.account(id: XCTUnwrap(opened.id)))
        XCTAssertEqual(stored.version, opened.version + 1, "every update bumps the version")
        let before = try database.dump()
        let logged = try database.changeLogCount()
        // When the form saves a new industry and owner over its stale copy
        var edited = opened
        edited.industry = "Robotics"
        edited.owner = "Sam Okafor"
        let outcome = try database.save(.editAccount(RecordEdit(original: opened, edited: edited)))
        // Then it is a conflict naming what changed elsewhere and here, with the stored row
        let conflict = try XCTUnwrap(outcome.conflict, "\(outcome)")
        XCTAssertEqual(conflict.subject, "account Acme Industries")
        XCTAssertEqual(conflict.changedElsewhere, ["name"])
        XCTAssertEqual(conflict.changedHere, ["industry", "owner"])
        XCTAssertEqual(conflict.overlapping, [])
        XCTAssertEqual(conflict.stored, .account(stored))
        // And nothing was written
        XCTAssertEqual(try database.dump(), before)
        XCTAssertEqual(try database.changeLogCount(), logged)
    }

    func testOverwritingKeepsTheOtherChangeInFieldsThisEditDidNotTouch() throws {
        // Given window A renamed Acme while window B's form (opened before) changes only the industry
        let (database, opened) = try acmeRenamedSinceAFormOpened()
        var edited = opened
        edited.industry = "Robotics"
        // When B saves over it
        let saved = try database.save(.editAccount(RecordEdit(original: opened, edited: edited, overwriting: true))).saved()
        // Then both changes survive
        let stored = try XCTUnwrap(try database.account(id: XCTUnwrap(opened.id)))
        XCTAssertEqual(stored.name, "Acme Industries")
        XCTAssertEqual(stored.industry, "Robotics")
        XCTAssertEqual(stored.owner, opened.owner)
        XCTAssertEqual(saved.description, "edited account Acme Industries")
        // And undoing B's save takes back only the industry
        try database.save(.undo).saved()
        XCTAssertEqual(try database.account(id: XCTUnwrap(opened.id))?.name, "Acme Industries")
        XCTAssertEqual(try database.account(id: XCTUnwrap(opened.id))?.industry, opened.industry)
    }

    func testOverwritingAFieldBothChangedTakesThisEdit() throws {
        let fixture = try BookFixture()
        let database = fixture.database
        let opened = try XCTUnwrap(try database.initiative(id: XCTUnwrap(fixture.portal.id)))
        // Elsewhere: title and progress change
        var other = opened
        other.title = "Portal v2"
        other.progress = 90
        try database.save(.editInitiative(RecordEdit(original: opened, edited: other))).saved()
        // Here: title and due date change
        var mine = opened
        mine.title = "Customer portal"
        mine.dueDate = BookFixture.today.adding(days: 90)
        let conflict = try XCTUnwrap(try database.save(.editInitiative(RecordEdit(original: opened, edited: mine))).conflict)
        XCTAssertEqual(conflict.changedElsewhere, ["title", "progress"])
        XCTAssertEqual(conflict.changedHere, ["title", "due date"])
        XCTAssertEqual(conflict.overlapping, ["title"])
        try database.save(.editInitiative(RecordEdit(original: opened, edited: mine, overwriting: true))).saved()
        let stored = try XCTUnwrap(try database.initiative(id: XCTUnwrap(opened.id)))
        XCTAssertEqual(stored.title, "Customer portal", "the overlapping field takes this edit")
        XCTAssertEqual(stored.progress, 90, "the other change to a field this edit left alone is kept")
        XCTAssertEqual(stored.dueDate, BookFixture.today.adding(days: 90))
    }

    func testABumpElsewhereMakesAFormOnTheInitiativeStale() throws {
        // Given a form opened on Portal, and a progress bump since (a write that is not a form)
        let fixture = try BookFixture()
        let database = fixture.database
        let opened = try XCTUnwrap(try database.initiative(id: XCTUnwrap(fixture.portal.id)))
        try database.save(.bumpProgress(initiativeID: XCTUnwrap(opened.id), by: 10)).saved()
        var edited = opened
        edited.owner = "Priya Raman"
        // Then the form's save is a conflict naming progress, and overwriting keeps the bump
        let conflict = try XCTUnwrap(try database.save(.editInitiative(RecordEdit(original: opened, edited: edited))).conflict)
        XCTAssertEqual(conflict.changedElsewhere, ["progress"])
        try database.save(.editInitiative(RecordEdit(original: opened, edited: edited, overwriting: true))).saved()
        XCTAssertEqual(try database.initiative(id: XCTUnwrap(opened.id))?.progress, 50)
        XCTAssertEqual(try database.initiative(id: XCTUnwrap(opened.id))?.owner, "Priya Raman")
    }

    func testAFormSavedWithNoChangeWritesNothing() throws {
        let fixture = try BookFixture()
        let opened = try XCTUnwrap(try fixture.database.account(id: XCTUnwrap(fixture.cedar.id)))
        let logged = try fixture.database.changeLogCount()
        XCTAssertEqual(try fixture.database.save(.editAccount(RecordEdit(original: opened, edited: opened))), .unchanged("No changes to save"))
        XCTAssertEqual(try fixture.database.account(id: XCTUnwrap(opened.id))?.version, opened.version)
        XCTAssertEqual(try fixture.database.changeLogCount(), logged)
    }

    func testARowWrittenByAnotherProgramIsAConflictToo() throws {
        // Given a form opened on Cedar, and a raw UPDATE by some other program (no version set)
        let fixture = try BookFixture()
        let database = fixture.database
        let opened = try XCTUnwrap(try database.account(id: XCTUnwrap(fixture.cedar.id)))
        try database.executeRaw("UPDATE account SET region = 'EMEA' WHERE id = \(opened.id ?? 0)")
        // Then the version trigger caught it and the form's save is refused
        XCTAssertEqual(try database.account(id: XCTUnwrap(opened.id))?.version, opened.version + 1)
        var edited = opened
        edited.notes = "Met at the fair"
        let conflict = try XCTUnwrap(try database.save(.editAccount(RecordEdit(original: opened, edited: edited))).conflict)
        XCTAssertEqual(conflict.changedElsewhere, ["region"])
        XCTAssertEqual(conflict.changedHere, ["notes"])
    }
}
