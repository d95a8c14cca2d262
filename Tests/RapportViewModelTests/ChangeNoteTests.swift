import Foundation
import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `n` straight after a progress or status change notes it; moving to at risk or blocked asks why.
final class ChangeNoteTests: XCTestCase {
    private func noteForm(_ state: AppState) -> ChangeNoteForm? {
        guard case .form(let session) = state.overlay, case .changeNote(let form) = session.form else { return nil }
        return form
    }

    func testNStraightAfterAProgressChangeNotesThatChange() throws {
        let dashboard = try Dashboard()
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        dashboard.driver.keys(.tab, .char("j"), .char("+"))  // Portal rollout 40% → 45%
        let updateID = try XCTUnwrap(dashboard.database.progressUpdates(initiativeID: portalID).first?.id)
        XCTAssertEqual(dashboard.state.keyContexts.first, .justChanged)
        XCTAssertEqual(Keymap.standard.hints(for: dashboard.state.keyContexts).first?.label, "note")
        // When n is pressed, a note form for that change opens, and nothing is written yet
        let opened = step(dashboard.viewModel, key: .char("n"))
        XCTAssertEqual(opened.effects, [])
        let form = try XCTUnwrap(noteForm(opened.state))
        XCTAssertEqual(form.purpose, .note(updateID: updateID, change: "Portal rollout progress 40% → 45%"))
        XCTAssertEqual(form.state.title, "Note on Portal rollout progress 40% → 45%")
        guard case .form(let session) = opened.state.overlay else { return XCTFail("no form") }
        XCTAssertEqual(session.title.description, "Note on Portal rollout progress 40% → 45% · Portal rollout · Acme Corp")
        XCTAssertNil(opened.state.noteableChange, "the chance is taken")
        // And the typed note is saved on that change, undone on its own
        dashboard.driver.key(.char("n"))
        dashboard.driver.type("Their IT signed off")
        dashboard.driver.key(.enter)
        XCTAssertNil(dashboard.state.overlay)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Noted on Portal rollout", kind: .success))
        let history = try dashboard.database.progressUpdates(initiativeID: portalID)
        XCTAssertEqual(history.map(\.note), ["Their IT signed off"])
        XCTAssertEqual(history.map(\.progress), [45])
        dashboard.driver.key(.char("u"))
        XCTAssertEqual(try dashboard.database.progressUpdates(initiativeID: portalID).map(\.note), [""])
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 45, "the progress change stays")
    }

    func testAnotherKeyEndsTheChanceAndNIsItsUsualSelfAgain() throws {
        let dashboard = try Dashboard()
        dashboard.driver.keys(.tab, .char("j"), .char("+"), .char("k"))
        XCTAssertNil(dashboard.state.noteableChange)
        XCTAssertEqual(dashboard.state.keyContexts.first, .initiatives)
        dashboard.driver.key(.char("n"))
        guard case .form(let session) = dashboard.state.overlay, case .initiative = session.form else {
            return XCTFail("n after another key adds an initiative: \(String(describing: dashboard.state.overlay))")
        }
    }

    func testAChangeThatWroteNothingCannotBeNoted() throws {
        let dashboard = try Dashboard()
        dashboard.driver.keys(.char("j"), .tab, .char("-"))  // Roadmap review is already at 0%
        XCTAssertNil(dashboard.state.noteableChange)
        XCTAssertNil(dashboard.state.noteableWriteID)
    }

    func testMovingToAtRiskAsksWhyBeforeSavingAndKeepsTheReason() throws {
        let dashboard = try Dashboard()
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        dashboard.driver.keys(.tab, .char("j"))
        // When s would move Portal rollout from on track to at risk, a reason is asked; nothing is written
        let asked = step(dashboard.viewModel, key: .char("s"))
        XCTAssertEqual(asked.effects, [])
        let form = try XCTUnwrap(noteForm(asked.state))
        XCTAssertEqual(form.purpose, .reason(initiativeID: portalID, forward: true, status: .atRisk))
        XCTAssertEqual(form.state.title, "Why at risk?")
        // And Esc leaves the status as it was
        dashboard.driver.keys(.char("s"), .escape)
        XCTAssertEqual(try dashboard.database.initiative(id: portalID)?.status, .onTrack)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Cancelled — nothing saved", kind: .info))
        // And Enter saves the move with the reason
        dashboard.driver.key(.char("s"))
        dashboard.driver.type("Vendor API is late")
        let submitted = step(dashboard.viewModel, key: .enter)
        XCTAssertEqual(submitted.effects, [.write(id: 1, .stepStatusGivingReason(initiativeID: portalID, forward: true, reason: "Vendor API is late"))])
        dashboard.driver.key(.enter)
        XCTAssertNil(dashboard.state.overlay)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved: Portal rollout status on track → at risk", kind: .success))
        XCTAssertEqual(dashboard.state.selectedInitiative?.status, .atRisk)
        let update = try XCTUnwrap(dashboard.database.progressUpdates(initiativeID: portalID).first)
        XCTAssertEqual([update.previousStatus, update.status], [.onTrack, .atRisk])
        XCTAssertEqual(update.reason, "Vendor API is late")
        // And n straight after notes that same change
        dashboard.driver.key(.char("n"))
        XCTAssertEqual(noteForm(dashboard.state)?.purpose, .note(updateID: try XCTUnwrap(update.id), change: "Portal rollout status on track → at risk"))
        dashboard.driver.type("Escalated")
        dashboard.driver.key(.enter)
        XCTAssertEqual(try dashboard.database.progressUpdates(initiativeID: portalID).map(\.note), ["Escalated"])
    }

    func testEnterWithNoReasonSavesTheMoveWithNone() throws {
        let dashboard = try Dashboard()
        let migrationID = try XCTUnwrap(dashboard.book.migration.id)
        dashboard.driver.keys(.tab, .char("s"))  // API migration: at risk → blocked
        XCTAssertEqual(noteForm(dashboard.state)?.purpose, .reason(initiativeID: migrationID, forward: true, status: .blocked))
        dashboard.driver.key(.enter)
        XCTAssertEqual(try dashboard.database.initiative(id: migrationID)?.status, .blocked)
        XCTAssertEqual(try dashboard.database.progressUpdates(initiativeID: migrationID).map(\.reason), [""])
        // A move that does not enter trouble asks nothing: blocked → at risk asks again, done does not
        dashboard.driver.key(.char("s"))  // blocked → done, short of 100%: the question about 100%
        XCTAssertNil(noteForm(dashboard.state))
    }
}
