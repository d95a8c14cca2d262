import XCTest

@testable import RapportScreen

/// Parses `source` as a theme file named `broken.toml` and checks the one-line message it fails
/// with. Shared by the theme test files, which test the loader from different sides.
func assertThemeError(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
        let theme = try ThemeLoader.parse(source, file: "broken.toml")
        XCTFail("expected an error, parsed \(theme)", file: file, line: line)
    } catch {
        XCTAssertEqual(String(describing: error), expected, file: file, line: line)
    }
}
