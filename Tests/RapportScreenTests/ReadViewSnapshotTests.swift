import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Records read in full: long text wrapped by display width with its paragraphs kept,
/// scrolled when it runs longer than the box.
final class ReadViewSnapshotTests: XCTestCase {
    static let objective = """
        Bring the three EMEA sites onto the new platform before the renewal, so that the sponsor can show the board one \
        system instead of three. Each site signs off its own cut-over.

        Risks: the Lyon site's data export is late, and the works council in Hamburg wants a say on the rollout dates.

        Steps:
        1. Lyon exports its data and the new platform imports it in a dry run.
        2. Hamburg agrees the dates with the works council.
        3. Madrid goes first, as the smallest site, and writes down what went wrong.
        4. The other two follow a month apart, each with a week of both systems side by side.
        """

    /// The demo's first account, its first initiative given a long objective elsewhere, read
    /// from the dashboard's initiatives pane.
    private func screenReadingInitiative(width: Int, height: Int) throws -> (DemoScreen, Initiative) {
        let screen = try DemoScreen.demo(width: width, height: height)
        let original = try XCTUnwrap(screen.state.focused.initiatives.first)
        var edited = original
        edited.objective = Self.objective
        _ = try screen.driver.database.apply(.editInitiative(RecordEdit(original: original, edited: edited)), at: screen.driver.clock)
        screen.driver.send(.changedElsewhere)
        screen.press(.tab, .enter)
        return (screen, edited)
    }

    func testAnInitiativeReadInFullAt120x40() throws {
        let (screen, initiative) = try screenReadingInitiative(width: 120, height: 40)
        XCTAssertEqual(screen.state.keyContexts, [.initiativeReading, .reading])
        let lines = screen.lines
        assertSnapshot(lines, named: "read-initiative-120x40")
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains(initiative.title), text)
        XCTAssertTrue(text.contains("Risks: the Lyon site's data export is late"), "a paragraph starts its own line")
    }

    func testAnInitiativeReadAt80x24ScrollsToItsEnd() throws {
        let (screen, _) = try screenReadingInitiative(width: 80, height: 24)
        assertSnapshot(screen.lines, named: "read-initiative-80x24")
        let measure = try XCTUnwrap(screen.state.overlayScroll.measure, "the frame measured the view")
        screen.press(.char("G"))
        XCTAssertEqual(screen.state.overlayScroll.top, measure.lastTop)
        let bottom = screen.lines
        XCTAssertTrue(bottom.joined().contains("Account"), "the last field shows at the bottom")
        screen.press(.char("j"))
        XCTAssertEqual(screen.lines, bottom, "no further than the end")
        screen.press(.char("k"))
        XCTAssertNotEqual(screen.lines, bottom, "and k moves back at once")
    }

    func testAnInteractionWithParagraphsAt80x24() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        let accountID = try XCTUnwrap(screen.state.accounts.selectedID)
        let summary = "Quarterly review with the sponsor and 東京 team.\n\nAgreed: pricing holds; a pilot of the analytics add-on in Q1.\nOpen: who signs for the pilot."
        _ = try screen.driver.database.apply(
            .logInteraction(
                Interaction(accountID: accountID, kind: .businessReview, date: DemoScreen.today, summary: summary,
                            nextStep: "Send the pilot proposal with the three options we discussed, priced per seat and per site"),
                nextFollowUp: nil),
            at: screen.driver.clock)
        screen.driver.send(.changedElsewhere)
        screen.press(.enter, .tab, .tab)
        XCTAssertEqual(screen.state.detail?.section, .timeline)
        screen.press(.char("g"), .enter)
        let lines = screen.lines
        assertSnapshot(lines, named: "read-interaction-80x24")
        XCTAssertTrue(lines.contains { $0.contains("Open: who signs for the pilot.") }, "a stored line break starts a line")
    }
}
