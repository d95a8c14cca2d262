import Foundation
import XCTest

/// `rapport themes` of the real binary: not a terminal, so plain previews; a broken theme marked.
final class ThemesCommandEndToEndTests: XCTestCase {
    func testThemesListsEveryThemeAndMarksTheBrokenOne() throws {
        let scratch = try Scratch()
        let themes = scratch.file("config/rapport/themes")
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "[roles]\n\"text\" = { fg = \"acent\" }\n".write(toFile: themes + "/broken.toml", atomically: true, encoding: .utf8)
        let result = try runCommand(RapportBinary.path, ["themes"], environment: ["XDG_CONFIG_HOME": scratch.file("config")])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("broken "), lines[0])
        XCTAssertTrue(lines[0].contains("broken: \(themes)/broken.toml: roles.\"text\".fg: 'acent' is not a palette name or colour"), lines[0])
        for (index, name) in ["colour-blind", "default", "high-contrast", "light", "mono"].enumerated() {
            XCTAssertTrue(lines[index + 1].hasPrefix(name + " "), lines[index + 1])
            XCTAssertTrue(lines[index + 1].hasSuffix("● on track  ▲ at risk  ■ blocked  ! late  ◐ watch  accent  muted  selected"), lines[index + 1])
        }
        XCTAssertFalse(result.standardOutput.contains("\u{1B}"), "not a terminal: no colour")
    }
}
