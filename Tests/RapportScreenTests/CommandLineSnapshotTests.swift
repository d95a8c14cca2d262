import RapportScreen
import RapportViewModel
import XCTest

/// The `:` command line takes the status bar's row, with Tab's candidates on the row above.
final class CommandLineSnapshotTests: XCTestCase {
    func testPromptWithAccountCandidatesAt80x24() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        screen.press(.char(":"))
        screen.type("goto cop")
        screen.press(.tab)
        let candidates = try XCTUnwrap(screen.state.prompt?.candidates)
        XCTAssertGreaterThan(candidates.count, 1, "the demo book has several Copper accounts")
        let lines = screen.lines
        assertSnapshot(lines, named: "command-line-candidates-80x24")
        XCTAssertTrue(lines[23].hasPrefix(":goto Copper "), lines[23])
        XCTAssertTrue(lines[22].contains(candidates[0]), lines[22])
    }

    func testPromptAloneKeepsTheScreenAndShowsItsKeys() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        let before = screen.lines
        screen.press(.char(":"))
        screen.type("sort")
        let lines = screen.lines
        XCTAssertEqual(Array(lines[..<29]), Array(before[..<29]), "only the status bar's row changes")
        XCTAssertTrue(lines[29].hasPrefix(":sort "), lines[29])
        XCTAssertTrue(lines[29].contains("Enter run · Tab complete · ↑ history · Esc cancel"), lines[29])
    }
}
