import RapportCore
import RapportScreen
import RapportTestSupport
import RapportViewModel
import XCTest

/// The agenda pane as drawn: the ranked queue under the KPI strip, `i`'s explanation below it,
/// `z`'s choice, and the same at the smallest sizes the dashboard draws.
final class AgendaSnapshotTests: XCTestCase {
    private func screen(width: Int, height: Int) throws -> DemoScreen {
        let book = try AgendaBook(today: DemoScreen.today)
        let screen = DemoScreen(driver: Driver(database: book.database, storeName: "rapport.sqlite", today: DemoScreen.today), width: width, height: height)
        screen.press(.char("a"))
        return screen
    }

    func testTheQueueWithItsExplanationAndTheSnoozeChoice() throws {
        let screen = try screen(width: 120, height: 40)
        assertSnapshot(screen.lines, named: "agenda-120x40")
        screen.press(.char("i"))
        let explained = screen.lines
        assertSnapshot(explained, named: "agenda-explained-120x40")
        XCTAssertTrue(explained.contains { $0.contains("20.0 = 20.0 × 1.00   lapsed_renewal: lapsed renewal") }, explained.joined(separator: "\n"))
        XCTAssertTrue(explained.contains { $0.contains("Lapsed renewals come first whatever their score.") })
        screen.press(.escape, .char("j"), .char("z"))
        let choosing = screen.lines
        XCTAssertTrue(choosing.contains { $0.contains("d until tomorrow · w for a week · :snooze DATE · Esc cancel") }, choosing.joined(separator: "\n"))
    }

    func testTheQueueAtEightyByTwentyFourAndSeventyByTwenty() throws {
        assertSnapshot(try screen(width: 80, height: 24).lines, named: "agenda-80x24")
        assertSnapshot(try screen(width: 70, height: 20).lines, named: "agenda-70x20")
    }

    /// Enter on the "at risk" figure of the demo book: its 25 initiatives at risk.
    func testTheAtRiskTilesList() throws {
        let screen = try DemoScreen.demo(width: 120, height: 40)
        screen.press(.char("K"))
        let focused = DemoScreen(driver: screen.driver, width: 120, height: 40, theme: TestThemes.roles).frame()
        XCTAssertEqual(role(of: "▲\(screen.state.kpis.initiatives.atRisk)", in: focused), "selection")
        screen.press(.enter)
        let lines = screen.lines
        assertSnapshot(lines, named: "kpi-list-at-risk-120x40")
        XCTAssertTrue(lines[5].contains("Initiatives at risk · \(screen.state.kpis.initiatives.atRisk)"), lines[5])
    }

    /// The role of the first cell of `text` on the screen, as the roles theme names it.
    private func role(of text: String, in buffer: Buffer) -> String? {
        for (y, line) in buffer.lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            let x = DisplayWidth.of(String(line[..<range.lowerBound]))
            return TestThemes.role(for: buffer[x, y].style.foreground)
        }
        return nil
    }
}
