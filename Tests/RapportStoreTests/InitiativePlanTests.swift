import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// Schema v8: milestones, stakeholders, reasons and notes on progress changes, account lifecycles.
final class InitiativePlanTests: XCTestCase {
    private func storeWithInitiative(followsMilestones: Bool = true) throws -> (AppDatabase, Initiative) {
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Acme")
        var initiative = try database.addInitiative("Portal", to: try XCTUnwrap(account.id), status: .onTrack)
        var edited = initiative
        edited.progressFollowsMilestones = followsMilestones
        edited.startDate = TestClock.today.adding(days: -30)
        edited.target = ObjectiveTarget(metric: "active-users", value: 500, date: TestClock.today.adding(days: 60))
        try database.save(.editInitiative(RecordEdit(original: initiative, edited: edited))).saved()
        initiative = try XCTUnwrap(database.initiative(id: try XCTUnwrap(initiative.id)))
        return (database, initiative)
    }

    private func addMilestones(_ titles: [String], to initiative: Initiative, in database: AppDatabase) throws -> [Int64] {
        let id = try XCTUnwrap(initiative.id)
        for (position, title) in titles.enumerated() {
            try database.save(.addMilestone(Milestone(initiativeID: id, title: title, dueDate: nil, position: position))).saved()
        }
        return try database.milestones(initiativeID: id).compactMap(\.id)
    }

    func testAnInitiativeKeepsItsStartDateAndObjectiveFigure() throws {
        let (database, initiative) = try storeWithInitiative()
        XCTAssertEqual(initiative.startDate, TestClock.today.adding(days: -30))
        XCTAssertEqual(initiative.target, ObjectiveTarget(metric: "active-users", value: 500, date: TestClock.today.adding(days: 60)))
        XCTAssertTrue(initiative.progressFollowsMilestones)
        XCTAssertEqual(try database.initiatives(accountID: initiative.accountID), [initiative])
    }

    func testTogglingMilestonesMovesProgressThatFollowsThemAndUndoPutsBothBack() throws {
        let (database, initiative) = try storeWithInitiative()
        let id = try XCTUnwrap(initiative.id)
        let milestones = try addMilestones(["Design", "Build", "Launch"], to: initiative, in: database)
        XCTAssertEqual(try database.initiative(id: id)?.progress, 0)
        // Ticking one off of three is 33% (rounded down), recorded as a progress change.
        let summary = try database.save(.toggleMilestone(id: milestones[0], on: TestClock.today)).saved()
        XCTAssertEqual(summary.record, .initiative(id))
        XCTAssertEqual(summary.accountIDs, [initiative.accountID])
        XCTAssertEqual(try database.milestone(id: milestones[0])?.doneOn, TestClock.today)
        XCTAssertEqual(try database.initiative(id: id)?.progress, 33)
        let update = try XCTUnwrap(database.progressUpdates(initiativeID: id).first)
        XCTAssertEqual(summary.progressUpdateID, update.id)
        XCTAssertEqual([update.previousProgress, update.progress], [0, 33])
        // Undo takes back the tick, the progress and its history row, in one step
        let undone = try database.save(.undo).saved()
        XCTAssertEqual(undone.accountIDs, [initiative.accountID])
        XCTAssertNil(undone.progressUpdateID)
        XCTAssertNil(try database.milestone(id: milestones[0])?.doneOn)
        XCTAssertEqual(try database.initiative(id: id)?.progress, 0)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id), [])
        // and redo puts them back
        try database.save(.redo).saved()
        XCTAssertEqual(try database.initiative(id: id)?.progress, 33)
        // A second toggle reopens it
        try database.save(.toggleMilestone(id: milestones[0], on: TestClock.today)).saved()
        XCTAssertNil(try database.milestone(id: milestones[0])?.doneOn)
        XCTAssertEqual(try database.initiative(id: id)?.progress, 0)
    }

    func testProgressThatDoesNotFollowMilestonesStaysAsSet() throws {
        let (database, initiative) = try storeWithInitiative(followsMilestones: false)
        let id = try XCTUnwrap(initiative.id)
        try database.save(.bumpProgress(initiativeID: id, by: 10)).saved()
        let milestones = try addMilestones(["Design", "Build"], to: initiative, in: database)
        try database.save(.toggleMilestone(id: milestones[1], on: TestClock.today)).saved()
        XCTAssertEqual(try database.initiative(id: id)?.progress, 10)
    }

    func testTwoWindowsTickingOffDifferentMilestonesBothCount() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("shared.sqlite")
        let first = try AppDatabase.open(path: path, basis: TestClock.basis)
        defer { try? first.close() }
        let account = try first.addAccount("Acme")
        let initiative = try first.addInitiative("Portal", to: try XCTUnwrap(account.id))
        var following = initiative
        following.progressFollowsMilestones = true
        try first.save(.editInitiative(RecordEdit(original: initiative, edited: following))).saved()
        let milestones = try addMilestones(["A", "B", "C", "D"], to: initiative, in: first)
        // Given a second window that read the initiative at 0%
        let second = try AppDatabase.open(path: path, basis: TestClock.basis)
        defer { try? second.close() }
        XCTAssertEqual(try second.initiative(id: try XCTUnwrap(initiative.id))?.progress, 0)
        // When each window ticks off a different milestone
        try first.save(.toggleMilestone(id: milestones[0], on: TestClock.today)).saved()
        try second.save(.toggleMilestone(id: milestones[2], on: TestClock.today)).saved()
        // Then both count: two of four is 50%, whoever wrote last
        XCTAssertEqual(try first.initiative(id: try XCTUnwrap(initiative.id))?.progress, 50)
        XCTAssertEqual(try first.milestones(initiativeID: try XCTUnwrap(initiative.id)).map(\.isDone), [true, false, true, false])
    }

    func testEditingAndDeletingMilestones() throws {
        let (database, initiative) = try storeWithInitiative()
        let id = try XCTUnwrap(initiative.id)
        let milestones = try addMilestones(["Design", "Build"], to: initiative, in: database)
        let design = try XCTUnwrap(database.milestone(id: milestones[0]))
        var done = design
        done.title = "Design review"
        done.doneOn = TestClock.today
        try database.save(.editMilestone(RecordEdit(original: design, edited: done))).saved()
        XCTAssertEqual(try database.milestone(id: milestones[0])?.title, "Design review")
        XCTAssertEqual(try database.initiative(id: id)?.progress, 50)
        // A form opened before that edit conflicts
        var stale = design
        stale.title = "Other"
        XCTAssertEqual(try database.save(.editMilestone(RecordEdit(original: design, edited: stale))).conflict?.changedElsewhere, ["title", "done"])
        // Deleting the open one leaves one of one done
        try database.save(.removeMilestone(id: milestones[1])).saved()
        XCTAssertEqual(try database.initiative(id: id)?.progress, 100)
        try database.save(.undo).saved()
        XCTAssertEqual(try database.milestones(initiativeID: id).map(\.title), ["Design review", "Build"])
        XCTAssertEqual(try database.initiative(id: id)?.progress, 50)
    }

    func testStakeholdersAreSetWholeAndComeBackWithTheirContact() throws {
        let (database, initiative) = try storeWithInitiative()
        let id = try XCTUnwrap(initiative.id)
        let ada = try XCTUnwrap(database.addContact("Ada", to: initiative.accountID, main: true).id)
        let bo = try XCTUnwrap(database.addContact("Bo", to: initiative.accountID).id)
        try database.save(.setStakeholders(initiativeID: id, [
            InitiativeStakeholder(initiativeID: id, contactID: ada, audience: .external),
            InitiativeStakeholder(initiativeID: id, contactID: bo, audience: .internal),
        ])).saved()
        XCTAssertEqual(try database.stakeholders(initiativeID: id).map(\.audience), [.external, .internal])
        // Changing one audience and dropping the other
        try database.save(.setStakeholders(initiativeID: id, [InitiativeStakeholder(initiativeID: id, contactID: ada, audience: .internal)])).saved()
        XCTAssertEqual(try database.stakeholders(initiativeID: id), [InitiativeStakeholder(initiativeID: id, contactID: ada, audience: .internal)])
        // Deleting the contact takes the link; undo brings both back
        try database.save(.removeContact(id: bo, successor: nil)).saved()
        try database.save(.setStakeholders(initiativeID: id, [InitiativeStakeholder(initiativeID: id, contactID: ada, audience: .external)])).saved()
        try database.save(.undo).saved()
        try database.save(.undo).saved()
        try database.save(.undo).saved()
        XCTAssertEqual(try database.stakeholders(initiativeID: id).map(\.audience), [.external, .internal])
        // A contact of another account is refused
        let other = try database.addAccount("Globex")
        let stranger = try XCTUnwrap(database.addContact("Cy", to: try XCTUnwrap(other.id)).id)
        XCTAssertThrowsError(try database.save(.setStakeholders(initiativeID: id, [InitiativeStakeholder(initiativeID: id, contactID: stranger, audience: .external)])))
    }

    func testAReasonIsKeptForAtRiskAndBlockedAndANoteIsAddedAfterwards() throws {
        let (database, initiative) = try storeWithInitiative()
        let id = try XCTUnwrap(initiative.id)
        // on track → at risk, with why
        let moved = try database.save(.stepStatusGivingReason(initiativeID: id, forward: true, reason: "Vendor API late")).saved()
        var history = try database.progressUpdates(initiativeID: id)
        XCTAssertEqual(history.first?.reason, "Vendor API late")
        XCTAssertEqual(history.first.map { [$0.previousStatus, $0.status] }, [.onTrack, .atRisk])
        XCTAssertEqual(history.first?.entersTrouble, true)
        // A note on that change, added after it; undone on its own
        let updateID = try XCTUnwrap(moved.progressUpdateID)
        try database.save(.annotateProgress(updateID: updateID, note: "Escalated to their CTO")).saved()
        history = try database.progressUpdates(initiativeID: id)
        XCTAssertEqual(history.first?.note, "Escalated to their CTO")
        try database.save(.undo).saved()
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).first?.note, "")
        // at risk → blocked, no reason given: none stored
        try database.save(.stepStatusGivingReason(initiativeID: id, forward: true, reason: "")).saved()
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).first?.reason, "")
        // blocked → done: a reason is not kept for a move that does not ask for one
        try database.save(.stepStatusGivingReason(initiativeID: id, forward: true, reason: "stray")).saved()
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).first.map { [$0.status.rawValue, $0.reason] }, ["done", ""])
    }

    func testMigratingFillsClientSinceFromTheEarliestKnownDayAndLeavesVersions() throws {
        // Given a v7 store, and an account nothing is known about
        let directory = try TemporaryDirectory()
        let path = try EarlierStore.v7.make(in: directory, extraSQL: "INSERT INTO account (id, name) VALUES (4, 'Newco')")
        let before = Self.utcDay()
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        defer { try? database.close() }
        let after = Self.utcDay()
        let accounts = try database.accounts()
        // Then Acme's is its first metric month (before its first call), Müller's its first
        // metric month, 東京精密's its only interaction, Newco's the migration day
        let quarterStart = FiscalCalendar().quarterPeriod(containing: TestClock.today.yearMonth).first
        XCTAssertEqual(accounts.map(\.name), ["Acme Corp", "Müller Präzision GmbH", "東京精密 KK", "Newco"])
        let byName = Dictionary(uniqueKeysWithValues: accounts.map { ($0.name, $0) })
        XCTAssertEqual(byName["Acme Corp"]?.clientSince, Day(year: quarterStart.year, month: quarterStart.month, day: 1))
        XCTAssertEqual(byName["Müller Präzision GmbH"]?.clientSince, Day(year: TestClock.today.year, month: TestClock.today.month, day: 1))
        XCTAssertEqual(byName["東京精密 KK"]?.clientSince, TestClock.today.adding(days: -2))
        let newco = try XCTUnwrap(byName["Newco"]?.clientSince)
        XCTAssertTrue([before, after].contains(newco), "\(newco)")
        XCTAssertEqual(accounts.map(\.churnedOn), [nil, nil, nil, nil])
        XCTAssertEqual(accounts.map(\.version), [0, 0, 0, 0])
    }

    /// The day SQLite's `date('now')` gives.
    static func utcDay() -> Day {
        Day(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func testAVersionOneFileRestoresWithNoPlansAndUnknownLifecycles() throws {
        let (original, initiative) = try storeWithInitiative()
        try original.save(.stepStatusGivingReason(initiativeID: try XCTUnwrap(initiative.id), forward: true, reason: "Late")).saved()
        var text = ""
        try original.exportBookJSON(to: ExportStream { text += $0 })
        // A file as version 1 wrote it: none of v8's fields or tables
        var book = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        book["version"] = 1
        book["milestones"] = nil
        book["initiative_stakeholders"] = nil
        func strip(_ key: String, _ fields: [String]) {
            book[key] = (book[key] as? [[String: Any]] ?? []).map { record in record.filter { !fields.contains($0.key) } }
        }
        strip("accounts", ["client_since", "churned_on"])
        strip("initiatives", ["start_date", "target_metric", "target_value", "target_date", "progress_follows_milestones"])
        strip("progress_updates", ["reason"])
        let restored = try AppDatabase.empty()
        let summary = try restored.restoreBook(from: JSONSerialization.data(withJSONObject: book), file: "old.json")
        XCTAssertEqual([summary.accounts, summary.initiatives, summary.progressUpdates, summary.milestones], [1, 1, 1, 0])
        let back = try XCTUnwrap(restored.initiatives(accountID: initiative.accountID).first)
        XCTAssertEqual([back.startDate, back.target?.date], [nil, nil])
        XCTAssertFalse(back.progressFollowsMilestones)
        XCTAssertEqual(try restored.progressUpdates(initiativeID: try XCTUnwrap(back.id)).map(\.reason), [""], "the reason a v1 file could not hold")
        // A version 2 file missing one of them is refused, by path
        book["version"] = 2
        XCTAssertThrowsError(try AppDatabase.empty().restoreBook(from: JSONSerialization.data(withJSONObject: book), file: "new.json")) { error in
            XCTAssertEqual("\(error)", "new.json: accounts[0].client_since: missing (every field is required; write null for none)")
        }
    }

    func testTheDemoBookHasNewAndChurnedAccounts() throws {
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 40, today: TestClock.today))
        let accounts = try database.accounts()
        let churned = accounts.filter { $0.churnedOn != nil }
        XCTAssertFalse(churned.isEmpty)
        XCTAssertTrue(churned.allSatisfy { ($0.clientSince ?? TestClock.today) < ($0.churnedOn ?? TestClock.today) && $0.churnedOn ?? TestClock.today <= TestClock.today })
        XCTAssertTrue(accounts.allSatisfy { $0.clientSince != nil })
        XCTAssertFalse(accounts.filter { ($0.clientSince ?? TestClock.today) > TestClock.today.adding(days: -365) }.isEmpty, "some joined this year")
    }
}
