import Foundation
import XCTest

/// `rapport --help` tells a new user what the bare command takes and what it reads from the
/// environment; shell completions and the man page come from the same declarations.
final class HelpAndCompletionTests: XCTestCase {
    func testRootHelpListsTheDashboardsOptionsAndTheEnvironment() throws {
        let result = try runCommand(RapportBinary.path, ["--help"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let help = result.standardOutput
        for option in ["--demo", "--store <path>", "--theme <name>", "--fiscal-year-start <month>", "--today <date>"] {
            XCTAssertTrue(help.contains("\n  " + option), "rapport --help lists \(option):\n\(help)")
        }
        XCTAssertTrue(help.contains("ENVIRONMENT:"), help)
        for line in help.split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 80, "a help line fits 80 columns: \(line)")
        }
        let dashboardSection = help.components(separatedBy: "DASHBOARD OPTIONS").last?.components(separatedBy: "ENVIRONMENT:").first ?? ""
        XCTAssertFalse(dashboardSection.contains("--version"), "the root's own flags are not repeated among the dashboard's")
    }

    /// Every variable the code reads is documented: a new one cannot slip in unlisted.
    func testEveryEnvironmentVariableTheCodeReadsIsInTheHelp() throws {
        let help = try runCommand(RapportBinary.path, ["--help"]).standardOutput
        let documented = help.components(separatedBy: "ENVIRONMENT:").last ?? ""
        let sources = packageRoot.appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:[Ee]nvironment\[|getenv\()"([A-Z_][A-Z0-9_]*)""#)
        var read = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard ["swift", "c"].contains(file.pathExtension), let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { read.insert(String(text[range])) }
            }
        }
        XCTAssertTrue(read.contains("RAPPORT_STORE") && read.contains("NO_COLOR"), "the scan finds what the code reads: \(read.sorted())")
        for name in read.sorted() {
            XCTAssertTrue(documented.contains(name), "\(name) is read by the code but not listed under ENVIRONMENT in rapport --help")
        }
    }

    func testShellCompletionScriptsNameTheSubcommandsAndBashCanReadIt() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try runCommand(RapportBinary.path, ["--generate-completion-script", shell])
            XCTAssertEqual(result.status, 0, result.standardError)
            for name in ["dashboard", "demo", "forecast", "themes", shell == "fish" ? "store=" : "--store"] {
                XCTAssertTrue(result.standardOutput.contains(name), "\(shell) completion offers \(name)")
            }
            guard shell == "bash" else { continue }
            let scratch = try Scratch()
            let script = scratch.file("rapport.bash")
            try result.standardOutput.write(toFile: script, atomically: true, encoding: .utf8)
            let syntax = try runCommand("/bin/bash", ["-n", script])
            XCTAssertEqual(syntax.status, 0, "bash reads the completion script: \(syntax.standardError)")
            let loaded = try runCommand("/bin/bash", ["-c", "source \(script) && complete -p rapport"])
            XCTAssertEqual(loaded.status, 0, loaded.standardError)
            XCTAssertTrue(loaded.standardOutput.contains("rapport"), loaded.standardOutput)
        }
    }

    /// What the man page is generated from (`swift package plugin generate-manual` reads it).
    func testTheManualsSourceDescribesEveryCommandAndTheEnvironment() throws {
        let result = try runCommand(RapportBinary.path, ["--experimental-dump-help"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let command = try XCTUnwrap(json["command"] as? [String: Any])
        XCTAssertEqual(command["commandName"] as? String, "rapport")
        XCTAssertTrue((command["discussion"] as? String)?.contains("RAPPORT_STORE") == true)
        let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        for name in ["dashboard", "demo", "forecast", "bench", "keys", "themes"] {
            XCTAssertTrue(subcommands.contains(name), "\(name) in \(subcommands)")
        }
    }

    private var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
