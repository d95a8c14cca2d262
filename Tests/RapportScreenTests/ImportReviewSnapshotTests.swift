import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `:import`'s review over the dashboard: the dry run's counts, its rows and every problem,
/// scrolled when longer than the box; y imports, n cancels.
final class ImportReviewSnapshotTests: XCTestCase {
    /// The demo book with `:import accounts.csv` run on a file that creates two accounts,
    /// updates one and has a dozen rows with an impossible renewal date.
    private func screenReviewing(width: Int, height: Int) throws -> DemoScreen {
        let screen = try DemoScreen.demo(width: width, height: height)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let updated = try XCTUnwrap(screen.state.accounts.entries.first?.summary.name)
        var rows = ["Account Name,Annual Revenue,Renewal Date", "Zeta Widgets,120000,2027-03-31", "東京ロボティクス,80000,", "\(updated),1,"]
        rows += (1...12).map { "Broken \($0),100,2026-02-30" }
        let file = folder.appendingPathComponent("accounts.csv").path
        try rows.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        screen.press(.char(":"))
        screen.type("import \(file)")
        screen.press(.enter)
        return screen
    }

    func testTheReviewAt120x40() throws {
        let screen = try screenReviewing(width: 120, height: 40)
        guard case .importReview(let review) = screen.state.overlay else { return XCTFail("no review: \(String(describing: screen.state.message))") }
        XCTAssertEqual(review.proposal.summary, "Import accounts.csv: 2 to create, 1 to update, 0 unchanged, 12 problems")
        let lines = screen.lines
        assertSnapshot(lines, named: "import-review-120x40")
        XCTAssertTrue(lines.last?.hasPrefix(" y import  n cancel") ?? false, lines.last ?? "")
    }

    func testTheReviewAt80x24ScrollsToItsLastProblem() throws {
        let screen = try screenReviewing(width: 80, height: 24)
        assertSnapshot(screen.lines, named: "import-review-80x24")
        screen.press(.char("G"))
        let text = screen.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("line 16"), "the last problem shows at the bottom: \(text)")
        XCTAssertFalse(text.contains("create line 2"))
    }

    func testAReviewWithNothingToWriteOffersOnlyToClose() throws {
        let screen = try DemoScreen.demo(width: 120, height: 40)
        let proposal = ImportProposal(file: "bad.csv", created: 0, updated: 0, unchanged: 0, problems: ["line 2: no name"], intent: nil)
        screen.driver.send(.importPlanned(path: "bad.csv", .success(proposal)))
        _ = screen.frame()
        let lines = screen.lines
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Import bad.csv: 0 to create, 0 to update, 0 unchanged, 1 problem — nothing to write;"), text)
        XCTAssertFalse(text.contains("undoes"), text)
        XCTAssertEqual(lines.last?.trimmingCharacters(in: .whitespaces), "n close")
    }
}
