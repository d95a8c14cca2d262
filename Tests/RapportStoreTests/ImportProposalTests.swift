import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// What the dashboard's `:import` shows before it asks covers every kind the command line
/// imports, not only accounts and contacts.
final class ImportProposalTests: XCTestCase {
    func file(_ name: String, _ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("proposal-\(UUID().uuidString)-\(name)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testInitiativesAndAMetricSheetAreProposedAndWrittenOnlyOnYes() throws {
        let database = try AppDatabase.empty()
        let account = try database.addAccount("Copper Materials")
        let accountID = try XCTUnwrap(account.id)

        let initiatives = try file("initiatives.csv", "Account,Title,Status,Progress,Due Date\nCopper Materials,Portal rollout,At risk,40,2027-01-15\n")
        let proposal = try database.proposeImport(path: initiatives, kind: .initiatives)
        XCTAssertEqual([proposal.created, proposal.updated, proposal.unchanged], [1, 0, 0], proposal.summary)
        XCTAssertEqual(proposal.problems, [])
        XCTAssertEqual(try database.initiatives(accountID: accountID).count, 0, "a proposal writes nothing")
        try database.save(try XCTUnwrap(proposal.intent)).saved()
        let stored = try database.initiatives(accountID: accountID)
        XCTAssertEqual(stored.map(\.title), ["Portal rollout"])
        XCTAssertEqual(stored.first?.status, .atRisk)

        let wide = try file("wide.csv", "Account,2026-09,2026-10\nCopper Materials,1,2\n")
        XCTAssertThrowsError(try database.proposeImport(path: wide, kind: .metrics)) { error in
            XCTAssertTrue("\(error)".contains("no metric"), "a wide sheet must say which metric it holds: \(error)")
        }
        let revenue = try file("revenue.csv", "Account,Metric,Month,Actual,Target\nCopper Materials,revenue,2026-09,\"$1,200.50\",\nCopper Materials,revenue,2026-10,1300,1400\n")
        let metrics = try database.proposeImport(path: revenue, kind: .metrics)
        XCTAssertEqual([metrics.created, metrics.updated, metrics.unchanged], [2, 0, 0], metrics.summary)
        try database.save(try XCTUnwrap(metrics.intent)).saved()
        let again = try database.proposeImport(path: revenue, kind: .metrics)
        XCTAssertEqual([again.created, again.updated, again.unchanged], [0, 0, 2], "a second import changes nothing")
        XCTAssertNil(again.intent)
    }
}
