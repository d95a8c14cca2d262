import RapportCore
import RapportStore
import RapportViewModel
import XCTest

/// "What changed" over the dashboard: each account's changes under its name, the cursor's line
/// highlighted.
final class ChangesSnapshotTests: XCTestCase {
    private func screenWithChanges(width: Int, height: Int) throws -> DemoScreen {
        let screen = try DemoScreen.demo(width: width, height: height)
        // Progress on two initiatives of the first account, one on the second's, a renamed contact
        screen.press(.tab, .char("+"), .char("j"), .char("+"), .char("+"), .tab, .char("j"), .tab, .char("-"), .tab)
        screen.press(.char("w"), .char("j"))
        return screen
    }

    func testWhatChangedAt120x40() throws {
        let screen = try screenWithChanges(width: 120, height: 40)
        let lines = screen.lines
        assertSnapshot(lines, named: "changes-120x40")
        XCTAssertTrue(lines.joined().contains("What changed since"), lines.joined(separator: "\n"))
    }

    func testWhatChangedAt80x24() throws {
        let screen = try screenWithChanges(width: 80, height: 24)
        assertSnapshot(screen.lines, named: "changes-80x24")
    }
}
