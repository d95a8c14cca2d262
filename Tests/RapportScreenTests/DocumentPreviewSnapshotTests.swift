import Foundation
import RapportCore
import RapportStore
import RapportViewModel
import XCTest

/// `R` and `U` over the dashboard: the report as its Markdown, the update as its text, wrapped
/// in a box with its position and keys; the update's external version shows no internal note.
final class DocumentPreviewSnapshotTests: XCTestCase {
    func testTheBooksReportPreviewAt120x40() throws {
        let screen = try DemoScreen.demo(width: 120, height: 40)
        screen.press(.char("R"))
        let lines = screen.lines
        assertSnapshot(lines, named: "report-preview-120x40")
        XCTAssertTrue(lines.joined().contains("# Book report — Q4 2026"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.joined().contains("w write"))
    }

    func testTheBooksReportPreviewScrolledAt80x24() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        screen.press(.char("R"), .pageDown)
        let lines = screen.lines
        assertSnapshot(lines, named: "report-preview-80x24")
        XCTAssertFalse(lines.joined().contains("# Book report"), "a page down")
    }

    func testTheUpdatePreviewAt120x40AndItsExternalVersionAt80x24() throws {
        let driver = try DemoScreen.demoDriver()
        let accountID = try XCTUnwrap(driver.state.accounts.selectedID)
        let initiative = try XCTUnwrap(try driver.database.initiatives(accountID: accountID).first { $0.status != .done })
        let initiativeID = try XCTUnwrap(initiative.id)
        let noon = Date(timeIntervalSince1970: 1_795_000_000)  // 18 Nov 2026, the screen's today
        _ = try driver.database.apply(.bumpProgress(initiativeID: initiativeID, by: 5), at: noon)
        let updateID = try XCTUnwrap(try driver.database.progressUpdates(initiativeID: initiativeID).compactMap(\.id).max())
        _ = try driver.database.apply(.annotateProgress(updateID: updateID, note: "PLANTED INTERNAL NOTE"), at: noon)
        let screen = DemoScreen(driver: driver, width: 120, height: 40)
        screen.press(.char("U"))
        assertSnapshot(screen.lines, named: "update-preview-internal-120x40")
        XCTAssertTrue(screen.lines.joined().contains("PLANTED INTERNAL NOTE"), screen.lines.joined(separator: "\n"))
        screen.resize(width: 80, height: 24)
        screen.press(.char("a"))
        let external = screen.lines
        assertSnapshot(external, named: "update-preview-external-80x24")
        XCTAssertTrue(external.joined().contains("Stakeholder update · external"), external.joined(separator: "\n"))
        XCTAssertFalse(external.joined().contains("PLANTED"))
    }
}
