import Foundation
import RapportCore
@testable import RapportStore
import RapportTestSupport
import XCTest

/// `+`/`-` and `s` are deltas: they apply to the row as stored when the write runs, never to
/// what a screen last showed.
final class DeltaTests: XCTestCase {
    func testBumpingProgressAddsToTheStoredProgressAndRecordsOldToNew() throws {
        // Given Portal rollout stored at 40%
        let fixture = try BookFixture()
        let database = fixture.database
        let id = try XCTUnwrap(fixture.portal.id)
        XCTAssertEqual(try database.initiative(id: id)?.progress, 40)
        // When progress is bumped by 5
        let saved = try database.save(.bumpProgress(initiativeID: id, by: 5)).saved()
        // Then it is 45, the history row reads 40 → 45 at the write's time, and the change is named
        XCTAssertEqual(try database.initiative(id: id)?.progress, 45)
        XCTAssertEqual(saved.description, "Portal rollout progress 40% → 45%")
        XCTAssertEqual(saved.accountIDs, [fixture.acme.id ?? 0])
        XCTAssertFalse(saved.changesAccountList)
        let update = try XCTUnwrap(try database.progressUpdates(initiativeID: id).first)
        XCTAssertEqual(update.previousProgress, 40)
        XCTAssertEqual(update.progress, 45)
        XCTAssertEqual(update.previousStatus, .onTrack)
        XCTAssertEqual(update.status, .onTrack)
        XCTAssertEqual(update.recordedAt, TestClock.time)
    }

    func testABumpStartsFromWhatIsStoredNowNotFromWhatTheCallerSaw() throws {
        // Given a screen that saw Portal at 40%, and another window that since set it to 70%
        let fixture = try BookFixture()
        let id = try XCTUnwrap(fixture.portal.id)
        let elsewhere = try XCTUnwrap(try fixture.database.initiative(id: id))
        var seventy = elsewhere
        seventy.progress = 70
        try fixture.database.save(.editInitiative(RecordEdit(original: elsewhere, edited: seventy))).saved()
        // When the screen bumps by 5
        try fixture.database.save(.bumpProgress(initiativeID: id, by: 5)).saved()
        // Then the stored 70 moved to 75, and the history says so
        XCTAssertEqual(try fixture.database.initiative(id: id)?.progress, 75)
        let update = try XCTUnwrap(try fixture.database.progressUpdates(initiativeID: id).first)
        XCTAssertEqual(update.previousProgress, 70)
        XCTAssertEqual(update.progress, 75)
    }

    func testProgressIsClampedAndAStepThatChangesNothingIsNotRecorded() throws {
        let fixture = try BookFixture()
        let database = fixture.database
        let id = try XCTUnwrap(fixture.portal.id)
        // Up past 100 stops at 100, recorded as 40 → 100
        try database.save(.bumpProgress(initiativeID: id, by: 80)).saved()
        XCTAssertEqual(try database.initiative(id: id)?.progress, 100)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).first?.previousProgress, 40)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).first?.progress, 100)
        // At 100, another bump changes nothing and leaves no history or undo entry
        let logged = try database.changeLogCount()
        XCTAssertEqual(try database.save(.bumpProgress(initiativeID: id, by: 5)), .unchanged("Portal rollout is already at 100%"))
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).count, 1)
        XCTAssertEqual(try database.changeLogCount(), logged)
        // Down past 0 stops at 0
        try database.save(.bumpProgress(initiativeID: id, by: -150)).saved()
        XCTAssertEqual(try database.initiative(id: id)?.progress, 0)
        XCTAssertEqual(try database.progressUpdates(initiativeID: id).first?.previousProgress, 100)
        XCTAssertEqual(try database.save(.bumpProgress(initiativeID: id, by: -1)), .unchanged("Portal rollout is already at 0%"))
        XCTAssertEqual(try database.save(.bumpProgress(initiativeID: id, by: 0)), .unchanged("Portal rollout is already at 0%"))
    }

    func testSteppingTheStatusCyclesFromTheStoredStatus() throws {
        // Given Roadmap review stored as planned, at 0%
        let fixture = try BookFixture()
        let database = fixture.database
        let id = try XCTUnwrap(fixture.roadmap.id)
        // When the status steps forward five times, then it goes round the whole cycle
        var seen: [InitiativeStatus] = []
        for _ in 0..<5 {
            try database.save(.stepStatus(initiativeID: id, forward: true)).saved()
            seen.append(try XCTUnwrap(try database.initiative(id: id)?.status))
        }
        XCTAssertEqual(seen, [.onTrack, .atRisk, .blocked, .done, .planned])
        // And each step left a history row from the stored status, progress untouched
        let updates = try database.progressUpdates(initiativeID: id).reversed()
        XCTAssertEqual(updates.map(\.previousStatus), [.planned, .onTrack, .atRisk, .blocked, .done])
        XCTAssertEqual(updates.map(\.status), [.onTrack, .atRisk, .blocked, .done, .planned])
        XCTAssertTrue(updates.allSatisfy { $0.previousProgress == 0 && $0.progress == 0 })
        // When another window sets it to blocked and this one steps back
        let stored = try XCTUnwrap(try database.initiative(id: id))
        var blocked = stored
        blocked.status = .blocked
        try database.save(.editInitiative(RecordEdit(original: stored, edited: blocked))).saved()
        let step = try database.save(.stepStatus(initiativeID: id, forward: false)).saved()
        // Then it steps from blocked, not from what this window last saw
        XCTAssertEqual(try database.initiative(id: id)?.status, .atRisk)
        XCTAssertEqual(step.description, "Roadmap review status blocked → at risk")
        // And backwards from planned wraps to done
        let planned = try XCTUnwrap(try database.initiative(id: id))
        try database.save(.editInitiative(RecordEdit(original: planned, edited: { var p = planned; p.status = .planned; return p }()))).saved()
        try database.save(.stepStatus(initiativeID: id, forward: false)).saved()
        XCTAssertEqual(try database.initiative(id: id)?.status, .done)
    }

    func testAStatusStepMovesTheAccountsFiguresInTheSameWrite() throws {
        // Given Bluefin with one planned initiative and no trouble
        let fixture = try BookFixture()
        let database = fixture.database
        let bluefin = try XCTUnwrap(fixture.bluefin.id)
        let riskBefore = try database.kpis().initiatives.atRisk
        func trouble() throws -> Int? {
            try database.accountPage(AccountPageRequest(sort: .name, anchor: .around(accountID: bluefin), limit: 5))
                .entries.first { $0.id == bluefin }?.summary.trouble
        }
        XCTAssertEqual(try trouble(), 0)
        // When its status steps planned → on track → at risk
        try database.save(.stepStatus(initiativeID: XCTUnwrap(fixture.roadmap.id), forward: true)).saved()
        try database.save(.stepStatus(initiativeID: XCTUnwrap(fixture.roadmap.id), forward: true)).saved()
        // Then the list row and the KPI strip count it at once
        XCTAssertEqual(try trouble(), 1)
        XCTAssertEqual(try database.kpis().initiatives.atRisk, riskBefore + 1)
        XCTAssertFalse(try database.summariesNeedRefresh())
    }
}
