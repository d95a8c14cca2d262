@testable import RapportTerminal
import RapportViewModel
import XCTest

/// SGR mouse reports (`ESC [ < b ; x ; y M`) become mouse events at 0-based cells.
final class MouseReportingTests: XCTestCase {
    func testClicksWheelAndReleases() {
        XCTAssertEqual(MouseReporting.decode("0;5;10M"), MouseEvent(column: 4, row: 9, action: .click))
        XCTAssertEqual(MouseReporting.decode("0;5;10m"), MouseEvent(column: 4, row: 9, action: .other), "a release selects nothing")
        XCTAssertEqual(MouseReporting.decode("64;1;1M"), MouseEvent(column: 0, row: 0, action: .wheelUp))
        XCTAssertEqual(MouseReporting.decode("65;300;2M"), MouseEvent(column: 299, row: 1, action: .wheelDown), "columns past 223")
        XCTAssertEqual(MouseReporting.decode("16;3;3M"), MouseEvent(column: 2, row: 2, action: .click), "Ctrl-click is a click")
        XCTAssertEqual(MouseReporting.decode("2;3;3M"), MouseEvent(column: 2, row: 2, action: .other), "the right button")
    }

    func testWhatIsNotAReport() {
        XCTAssertNil(MouseReporting.decode("0;5M"))
        XCTAssertNil(MouseReporting.decode("0;5;10"))
        XCTAssertNil(MouseReporting.decode("a;5;10M"))
        XCTAssertNil(MouseReporting.decode("0;0;10M"))
    }

    func testOnlyButtonsAreAskedForNeverMotion() {
        XCTAssertEqual(MouseReporting.on, "\u{1B}[?1000h\u{1B}[?1006h")
        XCTAssertFalse(MouseReporting.on.contains("1002") || MouseReporting.on.contains("1003"))
    }

    func testTheRestoreSequenceTurnsTheMouseOff() {
        XCTAssertTrue(RestoreSequence.leaveModes.contains("\u{1B}[?1000l\u{1B}[?1006l"))
        XCTAssertTrue(RestoreSequence.leaveModes.contains("\u{1B}[?2004l"))
    }
}
