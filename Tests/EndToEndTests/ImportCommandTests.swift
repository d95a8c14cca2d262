import Foundation
import RapportCore
import RapportStore
import XCTest

/// `rapport import` as a user runs it: every bad input gives its message, a non-zero exit and a
/// store byte-identical to before; a dry run writes nothing; Windows-1252 files are read.
final class ImportCommandTests: XCTestCase {
    static let accounts = "Account Name,Annual Revenue,Industry,Billing Country,Renewal Date\nAcme Corp,\"$1,200.00\",Software,France,2027-03-04\nBeta AG,500k,Retail,Germany,2027-05-06\n"

    func write(_ bytes: [UInt8], to path: String) throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    }

    /// A store with two accounts in it, and its bytes.
    func seededStore(_ scratch: Scratch) throws -> (path: String, bytes: Data?) {
        let store = scratch.file("book.sqlite")
        let csv = scratch.file("seed.csv")
        try write(Array(Self.accounts.utf8), to: csv)
        let result = try runCommand(RapportBinary.path, ["import", csv, "--kind", "accounts", "--store", store])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("imported: 2 created, 0 updated, 0 unchanged"), result.standardOutput)
        return (store, FileManager.default.contents(atPath: store))
    }

    func testEveryBadInputIsNamedAndLeavesTheStoreByteIdentical() throws {
        let scratch = try Scratch()
        let (store, before) = try seededStore(scratch)
        let header = Array("Account Name,Annual Revenue\n".utf8)
        let cases: [(String, [UInt8], String)] = [
            ("utf8.csv", header + Array("Acme,1\nJos".utf8) + [0xE9, 0x41] + Array("\n".utf8) + Array("Zoë,2\n".utf8),
             "utf8.csv: line 3, byte 4: not valid UTF-8 — if the file comes from Excel on Windows, pass --encoding windows-1252"),
            ("ragged.csv", header + Array("Acme,1\nBeta,2,3\n".utf8), "ragged.csv: line 3: 3 fields where the header has 2"),
            ("quote.csv", header + Array("Acme,1\n\"Beta,2\nGamma,3\n".utf8), "quote.csv: line 3, column 1: the quote that opens this field is never closed"),
            ("big.csv", header + Array("Acme,\"".utf8) + [UInt8](repeating: 0x31, count: 10 * 1_048_576) + Array("\"\n".utf8),
             "big.csv: line 2, column 2: the field is larger than 1 MB"),
            ("empty.csv", [], "empty.csv: the file is empty"),
            ("binary.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], "binary.csv: line 1, byte 5: a NUL byte — this is not a CSV text file"),
            ("garbage.csv", Array("x7Gq!!\nqq\nzz\n".utf8), "garbage.csv: no column is one Rapport knows for accounts"),
            ("invalid.csv", header + Array("Acme,lots\n".utf8), "invalid.csv: 1 invalid row(s); nothing was imported"),
        ]
        for (name, bytes, message) in cases {
            let path = scratch.file(name)
            try write(bytes, to: path)
            let result = try runCommand(RapportBinary.path, ["import", path, "--kind", "accounts", "--store", store])
            XCTAssertEqual(result.status, 1, name)
            XCTAssertTrue(result.standardError.contains(message), "\(name): \(result.standardError)")
            XCTAssertEqual(FileManager.default.contents(atPath: store), before, name)
        }
    }

    func testDryRunWritesNothingAndReimportCreatesNothing() throws {
        let scratch = try Scratch()
        let (store, before) = try seededStore(scratch)
        let csv = scratch.file("more.csv")
        try write(Array((Self.accounts + "Café Lumière,1,Food,France,2027-01-01\n").utf8), to: csv)
        let dry = try runCommand(RapportBinary.path, ["import", csv, "--kind", "accounts", "--store", store, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.standardError)
        XCTAssertTrue(dry.standardOutput.contains("plan: 1 created, 0 updated, 2 unchanged"), dry.standardOutput)
        XCTAssertTrue(dry.standardOutput.contains("create line 4: Café Lumière"), dry.standardOutput)
        XCTAssertTrue(dry.standardOutput.contains("dry run: nothing was written"), dry.standardOutput)
        XCTAssertEqual(FileManager.default.contents(atPath: store), before)
        let again = try runCommand(RapportBinary.path, ["import", scratch.file("seed.csv"), "--kind", "accounts", "--store", store])
        XCTAssertEqual(again.status, 0, again.standardError)
        XCTAssertTrue(again.standardOutput.contains("0 created, 0 updated, 2 unchanged"), again.standardOutput)
        XCTAssertEqual(try openStore(store).accountCount(), 2)
    }

    func testSkipInvalidImportsTheRestAndListsEverySkippedRow() throws {
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let csv = scratch.file("mixed.csv")
        try write(Array("Company,ARR\nAcme,1\nBeta,lots\nGamma,2\n,3\n".utf8), to: csv)
        let result = try runCommand(RapportBinary.path, ["import", csv, "--kind", "accounts", "--store", store, "--skip-invalid"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardError.contains("mixed.csv: skipped: line 3, column 2 (ARR): 'lots' is not an amount"), result.standardError)
        XCTAssertTrue(result.standardError.contains("mixed.csv: skipped: line 5: no name"), result.standardError)
        XCTAssertEqual(try openStore(store).accounts().map(\.name).sorted(), ["Acme", "Gamma"])
    }

    func testWindows1252IsDetectedWithAWarningOrChosen() throws {
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let csv = scratch.file("excel.csv")
        // "Müller;Café" as Excel on Windows writes it: semicolons and Windows-1252.
        try write(Array("Name;ARR\n".utf8) + [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72] + Array(";\"1.234,50\"\nCaf".utf8) + [0xE9] + Array(";5\n".utf8), to: csv)
        let detected = try runCommand(RapportBinary.path, ["import", csv, "--kind", "accounts", "--store", store, "--dry-run"])
        XCTAssertEqual(detected.status, 0, detected.standardError)
        XCTAssertTrue(detected.standardError.contains("excel.csv is not UTF-8; read as Windows-1252 ('ü' on line 2)"), detected.standardError)
        XCTAssertTrue(detected.standardOutput.contains("create line 2: Müller"), detected.standardOutput)
        let chosen = try runCommand(RapportBinary.path, ["import", csv, "--kind", "accounts", "--store", store, "--encoding", "latin1"])
        XCTAssertEqual(chosen.status, 0, chosen.standardError)
        XCTAssertEqual(chosen.standardError, "")
        let accounts = try openStore(store).accounts().sorted { $0.name < $1.name }
        XCTAssertEqual(accounts.map(\.name), ["Café", "Müller"])
        XCTAssertEqual(accounts.map(\.annualRecurringRevenue), [Money.major(5), Money(minorUnits: 123_450)])
        let strict = try runCommand(RapportBinary.path, ["import", csv, "--kind", "accounts", "--store", store, "--encoding", "utf-8"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.standardError.contains("line 2, byte 2: not valid UTF-8"), strict.standardError)
    }
}
