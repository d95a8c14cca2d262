import RapportCore
import RapportScreen
import RapportViewModel
import XCTest

/// Browsing never moves the panes: their heights come from the terminal, not from the
/// selected account's initiatives (issue 11, bug 4).
final class StillLayoutTests: XCTestCase {
    /// The rows where a pane's border starts or ends, read from the frame's first column.
    static func borderRows(_ lines: [String]) -> [Int] {
        lines.enumerated().filter { ["┏", "┗", "╭", "╰"].contains($0.element.first.map(String.init) ?? "") }.map(\.offset)
    }

    func testThePanesStayPutWhileMovingDownTheList() throws {
        for (width, height) in [(80, 24), (100, 30), (120, 40), (60, 18)] {
            let screen = try DemoScreen.demo(width: width, height: height)
            let first = Self.borderRows(screen.lines)
            XCTAssertGreaterThanOrEqual(first.count, 4, "\(width)×\(height): two panes' borders\n\(screen.lines.joined(separator: "\n"))")
            var initiativeCounts: Set<Int> = [screen.state.focused.initiatives.count]
            for step in 1...12 {
                screen.press(.char("j"))
                initiativeCounts.insert(screen.state.focused.initiatives.count)
                XCTAssertEqual(Self.borderRows(screen.lines), first, "\(width)×\(height) after \(step) j:\n\(screen.lines.joined(separator: "\n"))")
            }
            XCTAssertGreaterThan(initiativeCounts.count, 2, "the walk crossed accounts with different numbers of initiatives")
        }
    }

    /// An account with more initiatives than the pane has rows scrolls inside the pane.
    func testTheInitiativesPaneScrollsInsteadOfGrowing() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        let rows = screen.state.geometry.initiativeRows
        while screen.state.focused.initiatives.count <= rows, screen.state.accounts.selected < screen.state.accounts.entries.count - 1 {
            screen.press(.char("j"))
        }
        let initiatives = screen.state.focused.initiatives
        XCTAssertGreaterThan(initiatives.count, rows, "the demo has an account with more initiatives than rows")
        let borders = Self.borderRows(screen.lines)
        screen.press(.tab)
        for _ in initiatives.indices { screen.press(.char("j")) }
        let lines = screen.lines
        XCTAssertEqual(Self.borderRows(lines), borders)
        let lastTitle = try XCTUnwrap(initiatives.last?.title)
        XCTAssertTrue(lines.contains { $0.contains(String(lastTitle.prefix(12))) }, "scrolled to the last one:\n\(lines.joined(separator: "\n"))")
    }
}
