import Foundation
import XCTest

/// `rapport report` and `rapport update` as a user runs them on the demo book.
final class ReportCommandEndToEndTests: XCTestCase {
    private func demoStore(_ scratch: Scratch) throws -> String {
        let store = scratch.file("demo.sqlite")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--today", "2026-12-01"])
        XCTAssertEqual(result.status, 0, result.standardError)
        return store
    }

    private func rapport(_ arguments: [String]) throws -> CommandResult {
        try runCommand(RapportBinary.path, arguments + ["--today", "2026-12-01"])
    }

    func testEachFormatIsWrittenWholeToAPrivateFile() throws {
        let scratch = try Scratch()
        let store = try demoStore(scratch)
        let expectations = [
            ("markdown", "md", "# Book report — Q3 2026"), ("html", "html", "<!DOCTYPE html>"), ("csv", "csv", "section,account,measure,value\r\n"),
            ("json", "json", "{\n  \"asOf\" : \"2026-12-01\""),
        ]
        for (format, suffix, start) in expectations {
            let file = scratch.file("report.\(suffix)")
            let result = try rapport(["report", "--store", store, "--period", "2026-Q3", "--format", format, "--output", file])
            XCTAssertEqual(result.status, 0, result.standardError)
            XCTAssertEqual(result.standardOutput, "")
            XCTAssertTrue(scratch.read("report.\(suffix)")?.hasPrefix(start) ?? false, format)
            XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int, 0o600, format)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testAPeriodThatIsNotOneListsTheAcceptedForms() throws {
        let scratch = try Scratch()
        let store = try demoStore(scratch)
        let result = try rapport(["report", "--store", store, "--period", "Q3-2026"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(
            result.standardError,
            "rapport: \"Q3-2026\" is not a period: give a month (2026-11), a quarter (2026-Q3) or a fiscal year (FY2026)\n")
    }

    func testAnUnknownAccountSuggestsTheClosestNames() throws {
        let scratch = try Scratch()
        let store = try demoStore(scratch)
        let result = try rapport(["report", "--store", store, "--period", "2026-11", "--account", "Harbr Foods"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.hasPrefix("rapport: no account named \"Harbr Foods\" — did you mean \"Harbor Foods\""), result.standardError)
        XCTAssertEqual(result.standardError.filter { $0 == "\n" }.count, 1, "one line")
    }

    func testAnOutputThatCannotBeWrittenIsOneLineAndLeavesNothing() throws {
        let scratch = try Scratch()
        let store = try demoStore(scratch)
        let locked = scratch.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        let existing = scratch.file("locked/report.md")
        try Data("the old report\n".utf8).write(to: URL(fileURLWithPath: existing))
        chmod(locked, 0o500)
        defer { chmod(locked, 0o700) }
        guard access(locked, W_OK) != 0 else { throw XCTSkip("running as a user who can write anywhere (root)") }
        let result = try rapport(["report", "--store", store, "--period", "2026-Q3", "--output", existing])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.standardError, "rapport: cannot write \(existing): permission denied\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: locked), ["report.md"])
        XCTAssertEqual(scratch.read("locked/report.md"), "the old report\n")
    }

    func testAnOutputInAMissingFolderIsOneLineAndLeavesNothing() throws {
        let scratch = try Scratch()
        let store = try demoStore(scratch)
        let target = scratch.file("no/such/folder/report.md")
        let result = try rapport(["report", "--store", store, "--period", "2026-Q3", "--output", target])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.standardError, "rapport: cannot write \(target): no such file or directory\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.file("no")))
    }

    func testAnUpdateWrittenToAFileIsRecordedSoTheNextStartsFromIt() throws {
        let scratch = try Scratch()
        let store = try demoStore(scratch)
        let first = try rapport(["update", "--store", store, "--account", "Harbor Foods", "--audience", "external", "--output", scratch.file("u1.md")])
        XCTAssertEqual(first.status, 0, first.standardError)
        let firstText = try XCTUnwrap(scratch.read("u1.md"))
        XCTAssertTrue(firstText.hasPrefix("# Status update: Harbor Foods\n"), firstText)
        XCTAssertTrue(firstText.contains("since 2026-11-01 (no update sent before"), firstText)
        XCTAssertFalse(firstText.contains("## Internal notes"))
        let second = try rapport(["update", "--store", store, "--account", "Harbor Foods", "--audience", "external", "--format", "text"])
        XCTAssertEqual(second.status, 0, second.standardError)
        XCTAssertTrue(second.standardOutput.contains("(the last update)"), second.standardOutput)
        let internalUpdate = try rapport(["update", "--store", store, "--account", "Harbor Foods", "--format", "text"])
        XCTAssertTrue(internalUpdate.standardOutput.contains("(no update sent before"), "the internal audience has its own last update")
    }
}
