import Foundation
import RapportScreen
import XCTest

@testable import rapport

/// What the command starts with when the user's theme file is broken: the default theme, and a
/// warning that says where the problem is.
final class ThemeChoiceTests: XCTestCase {
    func testABrokenUserThemeKeepsTheDefaultAndNamesFileAndKey() throws {
        let (config, file) = try userTheme("broken", "[palette]\naccent = \"#7aa2f7\"\n[roles]\n\"text\" = { fg = \"acent\" }\n")

        let chosen = try ThemeChoice.resolve(explicit: "broken", environment: ["XDG_CONFIG_HOME": config])

        XCTAssertEqual(chosen.theme, ThemeLoader.defaultTheme)
        XCTAssertEqual(
            chosen.warning,
            "\(file): roles.\"text\".fg: 'acent' is not a palette name or colour — using the default theme")
    }

    func testASyntaxErrorIsPlacedAtTOMLKitsLineAndColumn() throws {
        let (config, file) = try userTheme("broken", "[roles]\n\"text\" { fg = \"red\" }\n")

        let chosen = try ThemeChoice.resolve(explicit: "broken", environment: ["XDG_CONFIG_HOME": config])

        XCTAssertEqual(chosen.theme, ThemeLoader.defaultTheme)
        XCTAssertEqual(
            chosen.warning,
            "\(file):2:8: Error while parsing key-value pair: expected '=', saw '{' — using the default theme")
    }

    /// Writes `<config>/rapport/themes/<name>.toml` in a folder removed after the test.
    private func userTheme(_ name: String, _ text: String) throws -> (config: String, file: String) {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-theme-\(UUID().uuidString)")
        let themes = config.appendingPathComponent("rapport/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: config) }
        let file = themes.appendingPathComponent("\(name).toml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (config.path, file)
    }
}
