import RapportCore
import RapportScreen
import RapportViewModel
import XCTest

/// The status bar always shows the way to help and out; the message gives way to it.
final class StatusBarTests: XCTestCase {
    func testTheWayToHelpAndOutAlwaysShows() throws {
        for width in [70, 80, 120] {
            let screen = try DemoScreen.demo(accounts: 3, width: width, height: 24)
            var state = screen.state
            state.message = StatusMessage(String(repeating: "A long message about what just happened ", count: 4), kind: .error)
            let bar = try XCTUnwrap(screen.frame(of: state).lines.last)
            XCTAssertTrue(bar.contains("? help  q quit"), "\(width): \(bar)")
            XCTAssertTrue(bar.contains("A long message"), "\(width): \(bar)")
            XCTAssertTrue(bar.contains("…"), "the message is cut with an ellipsis: \(bar)")
        }
    }
}
