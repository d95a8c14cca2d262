import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// Each kind of CSV Rapport exports imports back: into the same store it changes nothing; into
/// an empty store (the kinds it names imported first) it makes the same records, so the empty
/// store's export is the original export, byte for byte.
final class CSVRoundTripTests: XCTestCase {
    /// The order records can be imported in: each kind names only kinds before it.
    static let order: [ExportRecordKind] = [.accounts, .contacts, .interactions, .initiatives, .opportunities, .metrics]

    func demoStore() throws -> AppDatabase {
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 40, today: TestClock.today))
        return database
    }

    func export(_ kind: ExportRecordKind, from database: AppDatabase) throws -> String {
        var text = ""
        try database.exportCSV(kind, to: ExportStream { text += $0 })
        return text
    }

    func importKind(_ kind: ExportRecordKind) -> ImportKind {
        ImportKind(rawValue: kind.rawValue) ?? .accounts
    }

    func checkRoundTrip(_ kind: ExportRecordKind, file: StaticString = #filePath, line: UInt = #line) throws {
        let demo = try demoStore()
        let exported = try export(kind, from: demo)
        let rows = exported.unicodeScalars.filter { $0 == "\n" }.count - 1
        XCTAssertGreaterThan(rows, 10, "the demo book has \(kind.rawValue) to export", file: file, line: line)

        let same = try demo.planSheet(exported, kind: importKind(kind))
        XCTAssertEqual(same.problems, [], file: file, line: line)
        XCTAssertEqual(same.counts, "0 created, 0 updated, \(same.unchanged.count) unchanged", file: file, line: line)
        XCTAssertTrue(same.changes.isEmpty, file: file, line: line)

        let fresh = try AppDatabase.empty()
        for earlier in Self.order.prefix(while: { $0 != kind }) + [kind] {
            let plan = try fresh.planSheet(try export(earlier, from: demo), kind: importKind(earlier))
            XCTAssertEqual(plan.problems, [], "\(earlier.rawValue)", file: file, line: line)
            XCTAssertEqual(plan.updated.count + plan.unchanged.count, 0, "\(earlier.rawValue) into an empty store only creates", file: file, line: line)
            try fresh.save(.importRecords(plan.changes)).saved()
        }
        XCTAssertEqual(try export(kind, from: fresh), exported, "the same records", file: file, line: line)
    }

    func testAccounts() throws { try checkRoundTrip(.accounts) }
    func testContactsWithTheirManagersAndSharedNames() throws { try checkRoundTrip(.contacts) }
    func testInteractionsWithTheirContacts() throws { try checkRoundTrip(.interactions) }
    func testInitiatives() throws { try checkRoundTrip(.initiatives) }
    func testOpportunities() throws { try checkRoundTrip(.opportunities) }
    func testMetrics() throws { try checkRoundTrip(.metrics) }
}
