import Foundation
import RapportCore
import RapportStore
import XCTest

/// `rapport check` on a book with known problems: one line per problem, exit 1, and the same
/// as JSON; a clean book exits 0 and prints nothing.
final class CheckCommandTests: XCTestCase {
    func testAKnownProblemIsALineAndTheExitStatusSaysSo() throws {
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let today = try XCTUnwrap(Day(year: 2026, month: 12, day: 1))
        let database = try AppDatabase.open(path: store, basis: SummaryBasis(today: today))
        let clock = Date(timeIntervalSince1970: 1_795_000_000)
        guard case .saved(let added) = try database.apply(.addAccount(Account(
            name: "Acme", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero,
            renewalDate: today.adding(days: -1))), at: clock), let acme = added.focusAccountID
        else { return XCTFail("Acme not added") }
        _ = try database.apply(.addInitiative(Initiative(
            accountID: acme, title: "ERP", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil)), at: clock)
        try database.close()

        let text = try runCommand(RapportBinary.path, ["check", "--store", store, "--today", "2026-12-01"])
        XCTAssertEqual(text.status, 1, text.standardError)
        XCTAssertEqual(text.standardOutput.split(separator: "\n"), [
            "Acme: no main point of contact", "Acme: no sponsor or decision maker", "Acme: renewal lapsed on 2026-11-30",
            "Acme: no interaction ever", "Acme: no metric figure ever", "Acme · ERP: no owner", "Acme · ERP: no due date",
            "Acme · ERP: no measurable objective",
        ])
        let json = try runCommand(RapportBinary.path, ["check", "--store", store, "--today", "2026-12-01", "--format", "json"])
        XCTAssertEqual(json.status, 1, json.standardError)
        let problems = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(problems.count, 8)
        XCTAssertEqual(problems.compactMap { $0["kind"] as? String }.first, "no-main-contact")
        XCTAssertEqual(problems.last?["initiative"] as? String, "ERP")
        XCTAssertTrue(problems.first?["initiative"] is NSNull, "absent is null, not left out")

        let empty = scratch.file("empty.sqlite")
        try AppDatabase.open(path: empty, basis: SummaryBasis(today: today)).close()
        let clean = try runCommand(RapportBinary.path, ["check", "--store", empty, "--today", "2026-12-01"])
        XCTAssertEqual(clean.status, 0, clean.standardError)
        XCTAssertEqual(clean.standardOutput, "")
    }
}
