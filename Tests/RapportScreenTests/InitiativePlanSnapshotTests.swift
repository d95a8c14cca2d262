import Foundation
import RapportCore
import RapportStore
import RapportViewModel
import XCTest

/// An initiative read in full with its plan: start and target, milestones (one ticked off, the
/// cursor on the second), stakeholders, a history of changes with a reason and a note, and the
/// burn-up against the line from start to due.
final class InitiativePlanSnapshotTests: XCTestCase {
    private func screenWithPlan(width: Int, height: Int) throws -> DemoScreen {
        let screen = try DemoScreen.demo(width: width, height: height)
        let database = screen.driver.database
        let today = DemoScreen.today
        let original = try XCTUnwrap(screen.state.focused.initiatives.first)
        let id = try XCTUnwrap(original.id)
        var planned = original
        planned.startDate = today.adding(days: -40)
        planned.dueDate = today.adding(days: 20)
        planned.target = ObjectiveTarget(metric: "active-users", value: 1_200, date: nil)
        func at(_ days: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(today.adding(days: days).daysSinceEpoch * 86_400 + 36_000)) }
        _ = try database.apply(.editInitiative(RecordEdit(original: original, edited: planned)), at: at(-40))
        _ = try database.apply(.bumpProgress(initiativeID: id, by: -20), at: at(-40))
        _ = try database.apply(.bumpProgress(initiativeID: id, by: 15), at: at(-30))
        _ = try database.apply(.bumpProgress(initiativeID: id, by: 10), at: at(-12))
        let moved = try database.apply(.stepStatusGivingReason(initiativeID: id, forward: true, reason: "Lyon export slipped"), at: at(-5))
        if case .saved(let summary) = moved, let update = summary.progressUpdateID {
            _ = try database.apply(.annotateProgress(updateID: update, note: "Sponsor informed"), at: at(-5))
        }
        for (position, title) in ["Madrid cut-over", "Lyon data export", "Hamburg dates agreed"].enumerated() {
            _ = try database.apply(.addMilestone(Milestone(initiativeID: id, title: title, dueDate: today.adding(days: -10 + 12 * position), position: position)), at: at(-3))
        }
        let milestones = try database.milestones(initiativeID: id)
        _ = try database.apply(.toggleMilestone(id: try XCTUnwrap(milestones.first?.id), on: today.adding(days: -8)), at: at(-2))
        let contacts = try database.contacts(accountID: original.accountID).compactMap(\.id)
        _ = try database.apply(.setStakeholders(initiativeID: id, [
            InitiativeStakeholder(initiativeID: id, contactID: contacts[0], audience: .external),
            InitiativeStakeholder(initiativeID: id, contactID: contacts[1], audience: .internal),
        ]), at: at(-2))
        screen.driver.send(.changedElsewhere)
        screen.press(.tab, .enter, .tab)
        return screen
    }

    func testAnInitiativeWithItsPlanHistoryAndBurnUpAt120x40() throws {
        let screen = try screenWithPlan(width: 120, height: 40)
        XCTAssertEqual(screen.state.selectedMilestone?.title, "Lyon data export")
        let lines = screen.lines
        assertSnapshot(lines, named: "read-initiative-plan-120x40")
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("▸ ○ Lyon data export"), text)
        XCTAssertTrue(text.contains("✓ Madrid cut-over"), text)
        XCTAssertTrue(text.contains("█"), "the burn-up's bars")
    }

    func testTheSameAt80x24ScrollsToItsHistory() throws {
        let screen = try screenWithPlan(width: 80, height: 24)
        assertSnapshot(screen.lines, named: "read-initiative-plan-80x24")
        screen.press(.char("G"))
        let bottom = screen.lines.joined(separator: "\n")
        XCTAssertTrue(bottom.contains("at risk → blocked — why: Lyon export"), bottom)
        assertSnapshot(screen.lines, named: "read-initiative-plan-80x24-end")
    }
}
