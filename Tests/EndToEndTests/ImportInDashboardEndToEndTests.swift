import Foundation
import RapportCore
import RapportStore
import XCTest

/// `:import` and `:export` in the real binary in tmux, started in a scratch folder so relative
/// file names resolve there as a user's would.
final class ImportInDashboardEndToEndTests: XCTestCase {
    let today = "2026-11-18"

    private func start(_ scratch: Scratch, accounts: Int) throws -> (TmuxSession, String) {
        let store = scratch.file("book.sqlite")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "\(accounts)", "--today", today])
        XCTAssertEqual(result.status, 0, result.standardError)
        let command = "cd \(shellQuote(scratch.path)) && \(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today \(today)"
        let session = try TmuxSession(command: command)
        try session.waitFor("Accounts (\(accounts))")
        return (session, store)
    }

    func testImportingACSVShowsTheDryRunAndYAddsTheAccount() throws {
        try requireTmux()
        let scratch = try Scratch()
        try "Account Name,Industry,Annual Revenue\nAardvark Analytics,Retail,250000\n".write(toFile: scratch.file("accounts.csv"), atomically: true, encoding: .utf8)
        let (session, store) = try start(scratch, accounts: 5)
        try session.type(":import acc")
        try session.press("Tab")
        try session.waitFor(":import accounts.csv")
        try session.press("Enter")
        try session.waitFor("Import accounts.csv: 1 to create, 0 to update, 0 unchanged — y imports, n cancels")
        let database = try openStore(store)
        XCTAssertNil(try database.account(named: "Aardvark Analytics"), "nothing is written before y")
        try session.press("y")
        let lines = try session.waitFor("Imported accounts.csv: 1 created, 0 updated")
        XCTAssertTrue(lines.contains { $0.contains("Aardvark Analytics") && $0.contains("$250k") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("Accounts (6)") }, lines.joined(separator: "\n"))
        XCTAssertNotNil(try database.account(named: "Aardvark Analytics"))

        try session.type(":import missing.csv")
        try session.press("Enter")
        try session.waitFor("Not imported: missing.csv: no such file")
        try session.press("q")
        try database.close()
    }

    func testExportJSONWritesABookThatImportRestores() throws {
        try requireTmux()
        let scratch = try Scratch()
        let (session, store) = try start(scratch, accounts: 5)
        try session.type(":export json out.json")
        try session.press("Enter")
        try session.waitFor("Exported to out.json")
        let file = scratch.file("out.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        try session.press("q")

        let restored = scratch.file("restored.sqlite")
        let result = try runCommand(RapportBinary.path, ["import", file, "--store", restored])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.hasPrefix("restored 5 accounts"), result.standardOutput)
        let original = try runCommand(RapportBinary.path, ["export", "--store", store])
        let copy = try runCommand(RapportBinary.path, ["export", "--store", restored])
        XCTAssertEqual(copy.standardOutput, original.standardOutput)
    }
}
