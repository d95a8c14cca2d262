import Foundation
import XCTest

/// The config file through the real binary: where it lives, what `rapport config` says of it,
/// and a dashboard that starts with a broken one.
final class ConfigEndToEndTests: XCTestCase {
    /// A config home in the scratch folder, with `text` as its config.toml (nil: no file).
    /// RAPPORT_CONFIG is emptied so the runner's own cannot leak in.
    func configHome(_ scratch: Scratch, _ text: String?) throws -> (environment: [String: String], file: String) {
        let folder = scratch.file("config/rapport")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/config.toml"
        if let text { try text.write(toFile: file, atomically: true, encoding: .utf8) }
        return (["XDG_CONFIG_HOME": scratch.file("config"), "RAPPORT_CONFIG": "", "RAPPORT_THEME": "", "RAPPORT_FISCAL_YEAR_START": ""], file)
    }

    func testConfigPathFollowsXDGConfigHomeWhetherOrNotTheFileExists() throws {
        let scratch = try Scratch()
        let (environment, file) = try configHome(scratch, nil)
        let result = try runCommand(RapportBinary.path, ["config", "--path"], environment: environment)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, file + "\n")
        let named = try runCommand(RapportBinary.path, ["config", "--path"], environment: environment.merging(["RAPPORT_CONFIG": "/elsewhere/r.toml"]) { $1 })
        XCTAssertEqual(named.standardOutput, "/elsewhere/r.toml\n")
    }

    func testConfigShowsEachSettingAndWhereItCameFrom() throws {
        let scratch = try Scratch()
        let (environment, file) = try configHome(scratch, "theme = \"light\"\nfiscal_year_start = 4\n[keys]\naccounts.filter = \"f\"\n")
        let result = try runCommand(
            RapportBinary.path, ["config"], environment: environment.merging(["RAPPORT_FISCAL_YEAR_START": "oct"]) { $1 })
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardError, "")
        XCTAssertEqual(result.standardOutput.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }, [
            "config file: \(file)",
            "theme light (file \(file))",
            "fiscal_year_start oct ($RAPPORT_FISCAL_YEAR_START)",
            "mouse true (default)",
            "keys accounts.filter f (file)",
        ])
        let check = try runCommand(RapportBinary.path, ["config", "--check"], environment: environment)
        XCTAssertEqual(check.status, 0, check.standardError)
        XCTAssertEqual(check.standardOutput, "\(file): no problems\n")
    }

    func testCheckPrintsEachProblemOnOneLineAndFails() throws {
        let scratch = try Scratch()
        let (environment, file) = try configHome(scratch, "theme = \"solarized-neon\"\nmous = true\n[keys]\naccounts.filtr = \"f\"\n")
        let result = try runCommand(RapportBinary.path, ["config", "--check"], environment: environment)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardOutput, "")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, result.standardError)
        // In key order: TOMLKit gives keys sorted and no positions.
        XCTAssertEqual(lines[0], "rapport: \(file): [keys] accounts.filtr: no such action in accounts — try filter")
        XCTAssertEqual(lines[1], "rapport: \(file): mous: unknown setting — try mouse")
        XCTAssertTrue(lines[2].hasPrefix("rapport: \(file): theme: unknown theme 'solarized-neon' — available: "), lines[2])
        // `keys` prints the table in effect, and says what it could not apply.
        let keys = try runCommand(RapportBinary.path, ["keys"], environment: environment)
        XCTAssertEqual(keys.status, 0)
        XCTAssertTrue(keys.standardOutput.contains("| Accounts | `/` | Filter as you type |"), keys.standardOutput)
        XCTAssertTrue(keys.standardError.contains("accounts.filtr: no such action in accounts — try filter"), keys.standardError)
    }

    func testKeysPrintsTheOverriddenTable() throws {
        let scratch = try Scratch()
        let (environment, _) = try configHome(scratch, "[keys]\naccounts.filter = \"f\"\n")
        let keys = try runCommand(RapportBinary.path, ["keys"], environment: environment)
        XCTAssertEqual(keys.status, 0, keys.standardError)
        XCTAssertTrue(keys.standardOutput.contains("| Accounts | `f` | Filter as you type |"), keys.standardOutput)
        let standard = try runCommand(RapportBinary.path, ["keys", "--standard"], environment: environment)
        XCTAssertTrue(standard.standardOutput.contains("| Accounts | `/` | Filter as you type |"), standard.standardOutput)
    }

    /// A broken setting shows as one line in the status bar; the rest of the file applies
    /// (fiscal year from April, Ctrl-Q quits) and what was wrong keeps its default (`/` filters).
    func testTheDashboardShowsTheProblemAndWorksWithDefaults() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "3", "--today", "2026-11-18"]).status, 0)
        let (environment, _) = try configHome(scratch, "fiscal_year_start = \"apr\"\n[keys]\naccounts.filtr = \"f\"\nglobal.quit = \"ctrl-q\"\n")
        let session = try TmuxSession(
            command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18", environment: environment)
        let lines = try session.waitFor("config.toml: [keys] accounts.filtr: no such action in accounts — try filter")
        XCTAssertTrue(lines.contains { $0.contains("Q3 FY2027 QTD") }, lines.joined(separator: "\n"))
        XCTAssertEqual(lines.filter { $0.contains("accounts.filtr") }.count, 1, "one line")
        try session.press("/")
        try session.waitFor("Enter keep")
        try session.press("Escape")
        try session.press("q")
        usleep(300_000)
        XCTAssertTrue(try session.screen().contains { $0.contains("Accounts (3)") }, "q is no longer quit")
        try session.press("C-q")
        let gone = try session.waitForScreen { !$0.contains { $0.contains("Accounts (3)") } }
        XCTAssertFalse(gone.contains { $0.contains("Accounts (3)") }, gone.joined(separator: "\n"))
    }
}
