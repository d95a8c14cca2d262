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
        let input = try database.stakeholderUpdateInput(accountID: accountID, since: TestClock.time.addingTimeInterval(-60), lastSent: nil)
        XCTAssertEqual(input.account, "Acme")
        XCTAssertEqual(input.changes.map { "\($0.previousProgress)→\($0.progress) \($0.previousStatus.rawValue)→\($0.status.rawValue)" },
                       ["40→50 on-track→on-track", "50→50 on-track→at-risk"])
        XCTAssertEqual(input.changes.last?.note, UpdateNote(secret, visibility: .internal))
        XCTAssertEqual(input.openInitiatives.map(\.title), ["Pilot"])
        XCTAssertEqual(input.openInitiatives.first?.latestNote?.text, secret)
        XCTAssertEqual(try database.stakeholderUpdateInput(accountID: accountID, since: TestClock.time, lastSent: nil).changes.count, 0,
                       "nothing after the changes' time")
    }

    func testAnExternalUpdateFromTheStoreNeverHoldsItsInternalNotes() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        try database.executeRaw("UPDATE account SET notes = '\(secret) (account)' WHERE id = \(accountID)")
        let pilotID = try XCTUnwrap(try database.addInitiative("Pilot", to: accountID, status: .onTrack, progress: 40).id)
        try database.save(.stepStatus(initiativeID: pilotID, forward: true))
        try database.executeRaw("UPDATE progress_update SET note = '\(secret)' WHERE initiative_id = \(pilotID)")
        let input = try database.stakeholderUpdateInput(accountID: accountID, since: .distantPast, lastSent: nil)
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
