import Foundation
import RapportCore
import RapportStore
import XCTest

/// The update's input read from a real store, and updates recorded as sent.
final class StakeholderUpdateReadsTests: XCTestCase {
    private let secret = "INTERNAL ONLY: budget cut coming"

    func testChangesSinceADayWithTheirNotesAndTheOpenInitiatives() throws {
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Acme")
        let accountID = try XCTUnwrap(account.id)
        let pilot = try database.addInitiative("Pilot", to: accountID, status: .onTrack, progress: 40, due: .at(2026, 10, 1))
        let pilotID = try XCTUnwrap(pilot.id)
        try database.save(.bumpProgress(initiativeID: pilotID, by: 10))
        try database.save(.stepStatus(initiativeID: pilotID, forward: true))
        try database.executeRaw("UPDATE progress_update SET note = '\(secret)' WHERE initiative_id = \(pilotID) AND status = 'at-risk'")
        let input = try database.stakeholderUpdateInput(accountID: accountID, since: TestClock.time.addingTimeInterval(-60), lastSent: nil, today: .at(2026, 12, 1))
        XCTAssertEqual(input.account, "Acme")
        XCTAssertEqual(input.changes.map { "\($0.previousProgress)→\($0.progress) \($0.previousStatus.rawValue)→\($0.status.rawValue)" },
                       ["40→50 on-track→on-track", "50→50 on-track→at-risk"])
        XCTAssertEqual(input.changes.last?.note, UpdateNote(secret, visibility: .internal))
        XCTAssertEqual(input.openInitiatives.map(\.title), ["Pilot"])
        XCTAssertEqual(input.openInitiatives.first?.latestNote?.text, secret)
        XCTAssertEqual(try database.stakeholderUpdateInput(accountID: accountID, since: TestClock.time, lastSent: nil, today: .at(2026, 12, 1)).changes.count, 0,
                       "nothing after the changes' time")
    }

    func testAnExternalUpdateFromTheStoreNeverHoldsItsInternalNotes() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        try database.executeRaw("UPDATE account SET notes = '\(secret) (account)' WHERE id = \(accountID)")
        let pilotID = try XCTUnwrap(try database.addInitiative("Pilot", to: accountID, status: .onTrack, progress: 40).id)
        try database.save(.stepStatus(initiativeID: pilotID, forward: true))
        try database.executeRaw("UPDATE progress_update SET note = '\(secret)' WHERE initiative_id = \(pilotID)")
        let input = try database.stakeholderUpdateInput(accountID: accountID, since: .distantPast, lastSent: nil, today: .at(2026, 12, 1))
        let today = Day.at(2026, 12, 1)
        let external = StakeholderUpdate.assemble(input, audience: .external, since: .at(2026, 1, 1), sinceReason: "as asked", today: today)
        for text in [external.text, external.markdown, external.html] {
            XCTAssertFalse(text.contains("INTERNAL ONLY"))
            XCTAssertTrue(text.contains("on track → at risk"), "what moved is still said")
        }
        let internalUpdate = StakeholderUpdate.assemble(input, audience: .internal, since: .at(2026, 1, 1), sinceReason: "as asked", today: today)
        XCTAssertTrue(internalUpdate.markdown.contains("INTERNAL ONLY: budget cut coming (account)"))
        XCTAssertTrue(internalUpdate.markdown.contains("on track → at risk — INTERNAL ONLY: budget cut coming"))
    }

    /// Acme on 1 Dec 2026: "Rollout" (blocked, with a planted internal reason and note) has an
    /// open milestone overdue since 20 Nov, one ahead on 10 Dec and one done; "Pilot" (on
    /// track) has one undated and one on 5 Dec; a done initiative's milestone never shows.
    func testMilestonesAheadAndAsksComeFromThePlanAndReasonsStayInternal() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        let rollout = try XCTUnwrap(try database.addInitiative("Rollout", to: accountID, status: .atRisk, progress: 30, due: .at(2027, 2, 1)).id)
        let pilot = try XCTUnwrap(try database.addInitiative("Pilot", to: accountID, status: .onTrack, progress: 60, due: .at(2027, 1, 1)).id)
        let finished = try XCTUnwrap(try database.addInitiative("Old", to: accountID, status: .done, progress: 100).id)
        try database.save(.stepStatus(initiativeID: rollout, forward: true))  // at risk → blocked
        try database.executeRaw(
            "UPDATE progress_update SET reason = 'INTERNAL REASON: vendor dispute', note = 'INTERNAL NOTE: legal' WHERE initiative_id = \(rollout)")
        let milestones: [(Int64, String, Day?, Day?)] = [
            (rollout, "Sign data agreement", .at(2026, 11, 20), nil), (rollout, "Cut over", .at(2026, 12, 10), nil),
            (rollout, "Kick-off", .at(2026, 10, 1), .at(2026, 10, 1)), (pilot, "Survey users", nil, nil),
            (pilot, "Demo to board", .at(2026, 12, 5), nil), (finished, "Archive", .at(2026, 12, 2), nil),
        ]
        for (position, (initiative, title, due, done)) in milestones.enumerated() {
            try database.save(.addMilestone(Milestone(initiativeID: initiative, title: title, dueDate: due, doneOn: done, position: position)))
        }
        let today = Day.at(2026, 12, 1)
        let input = try database.stakeholderUpdateInput(accountID: accountID, since: .distantPast, lastSent: nil, today: today)
        XCTAssertEqual(input.milestones?.map { "\($0.initiative)/\($0.title)/\($0.dueDate?.iso ?? "-")" },
                       ["Pilot/Demo to board/2026-12-05", "Rollout/Cut over/2026-12-10", "Pilot/Survey users/-"])
        XCTAssertEqual(input.asks, [
            UpdateNote("Rollout: blocked — help us unblock it", visibility: .external),
            UpdateNote("Rollout — Sign data agreement: was due 2026-11-20, agree a new date", visibility: .external),
        ])
        XCTAssertEqual(input.changes.last?.note, UpdateNote("INTERNAL REASON: vendor dispute — INTERNAL NOTE: legal", visibility: .internal))

        let external = StakeholderUpdate.assemble(input, audience: .external, since: .at(2026, 1, 1), sinceReason: "as asked", today: today)
        for text in [external.text, external.markdown, external.html] {
            XCTAssertFalse(text.contains("INTERNAL"), text)
            XCTAssertTrue(text.contains("Cut over"), "milestone titles are shared")
            XCTAssertTrue(text.contains("help us unblock it"), "asks are shared")
        }
        let internalUpdate = StakeholderUpdate.assemble(input, audience: .internal, since: .at(2026, 1, 1), sinceReason: "as asked", today: today)
        XCTAssertTrue(internalUpdate.text.contains("INTERNAL REASON: vendor dispute"), internalUpdate.text)
        XCTAssertTrue(internalUpdate.text.contains("Rollout — Sign data agreement: was due 2026-11-20"))
    }

    func testASentUpdateIsRecordedPerAudienceAndCanBeUndone() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        XCTAssertNil(try database.lastSentUpdate(accountID: accountID, audience: .external))
        let sentAt = TestClock.time.addingTimeInterval(120)
        _ = try database.apply(.recordSentUpdate(SentUpdate(accountID: accountID, audience: .external, coveredSince: .at(2026, 11, 1), format: "markdown")), at: sentAt)
        XCTAssertEqual(try database.lastSentUpdate(accountID: accountID, audience: .external), sentAt)
        XCTAssertNil(try database.lastSentUpdate(accountID: accountID, audience: .internal), "each audience has its own last update")
        try database.save(.undo)
        XCTAssertNil(try database.lastSentUpdate(accountID: accountID, audience: .external))
        XCTAssertThrowsError(try database.apply(.recordSentUpdate(SentUpdate(accountID: 999, audience: .external, coveredSince: .at(2026, 11, 1), format: "text")), at: sentAt))
    }
}
