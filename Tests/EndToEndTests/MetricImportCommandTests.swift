import Foundation
import RapportCore
import RapportStore
import XCTest

/// `rapport import --kind metrics` as a user runs it: a wide sheet with --metric and --values,
/// a long one, and the errors for a sheet the options do not fit.
final class MetricImportCommandTests: XCTestCase {
    func write(_ text: String, to path: String) {
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    }

    func testAWideSheetOfTargetsThenALongSheetOfActuals() throws {
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        write("Account Name\nAcme Corp\nBeta AG\n", to: scratch.file("accounts.csv"))
        let accounts = try runCommand(RapportBinary.path, ["import", scratch.file("accounts.csv"), "--kind", "accounts", "--store", store])
        XCTAssertEqual(accounts.status, 0, accounts.standardError)

        write("Account,Jan-26,Feb-26,Mar-26\nAcme Corp,\"$10,000\",\"$11,000\",\"$12,000\"\nBeta AG,500,500,500\n", to: scratch.file("plan.csv"))
        let wide = try runCommand(
            RapportBinary.path, ["import", scratch.file("plan.csv"), "--kind", "metrics", "--metric", "revenue", "--values", "target", "--store", store])
        XCTAssertEqual(wide.status, 0, wide.standardError)
        XCTAssertTrue(wide.standardOutput.contains("months: 3 columns, 2026-01 to 2026-03, read as targets of revenue"), wide.standardOutput)
        XCTAssertTrue(wide.standardOutput.contains("imported: 6 created, 0 updated, 0 unchanged"), wide.standardOutput)

        write("Customer,Month,Revenue\nAcme Corp,2026-01,9800.25\nAcme Corp,2026-02,11000\n", to: scratch.file("billing.csv"))
        let long = try runCommand(RapportBinary.path, ["import", scratch.file("billing.csv"), "--kind", "metrics", "--store", store])
        XCTAssertEqual(long.status, 0, long.standardError)
        XCTAssertTrue(long.standardOutput.contains("imported: 0 created, 2 updated, 0 unchanged"), long.standardOutput)

        let database = try openStore(store)
        defer { try? database.close() }
        let acme = try XCTUnwrap(database.accounts().first { $0.name == "Acme Corp" }?.id)
        let months = MonthRange(first: YearMonth(year: 2026, month: 1), last: YearMonth(year: 2026, month: 3))
        let points = try database.metricPoints(accountID: acme, metric: "revenue", in: months)
        XCTAssertEqual(points.map(\.target), [1_000_000, 1_100_000, 1_200_000])
        XCTAssertEqual(points.map(\.actual), [980_025, 1_100_000, nil])
    }

    func testOptionsThatDoNotFitTheSheetAreRefusedAndWriteNothing() throws {
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        write("Account Name\nAcme Corp\n", to: scratch.file("accounts.csv"))
        _ = try runCommand(RapportBinary.path, ["import", scratch.file("accounts.csv"), "--kind", "accounts", "--store", store])
        let before = FileManager.default.contents(atPath: store)

        write("Account,2026-01\nAcme Corp,5\n", to: scratch.file("wide.csv"))
        let noMetric = try runCommand(RapportBinary.path, ["import", scratch.file("wide.csv"), "--kind", "metrics", "--store", store])
        XCTAssertNotEqual(noMetric.status, 0)
        XCTAssertTrue(noMetric.standardError.contains("wide.csv: no metric — give a column such as 'Metric', or name the sheet's metric with --metric NAME"), noMetric.standardError)

        write("Account,Metric,Month,Actual\nAcme Corp,nps,2026-01,5\n", to: scratch.file("long.csv"))
        let values = try runCommand(RapportBinary.path, ["import", scratch.file("long.csv"), "--kind", "metrics", "--values", "target", "--store", store])
        XCTAssertNotEqual(values.status, 0)
        XCTAssertTrue(values.standardError.contains("--values is for a wide sheet"), values.standardError)

        let wrongKind = try runCommand(RapportBinary.path, ["import", scratch.file("accounts.csv"), "--kind", "accounts", "--metric", "nps", "--store", store])
        XCTAssertNotEqual(wrongKind.status, 0)
        XCTAssertTrue(wrongKind.standardError.contains("--metric and --values are for --kind metrics"), wrongKind.standardError)
        XCTAssertEqual(FileManager.default.contents(atPath: store), before)
    }
}
