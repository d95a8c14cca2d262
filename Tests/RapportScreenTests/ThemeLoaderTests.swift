import Foundation
import RapportCore
import XCTest

@testable import RapportScreen

final class ThemeLoaderTests: XCTestCase {
    private let builtinNames = ["colour-blind", "default", "high-contrast", "light", "mono"]

    // MARK: - Built-in themes

    func testEachBuiltinThemeParsesAndStylesEveryRole() throws {
        XCTAssertEqual(BuiltinThemes.sources.keys.sorted(), builtinNames)
        for name in builtinNames {
            let theme = try ThemeLoader.load(named: name, userDirectory: nil)
            XCTAssertEqual(theme.name, name)
            let missing = ThemeRole.allCases.filter { theme.styles[$0] == nil }.map(\.rawValue)
            XCTAssertEqual(missing, [], "\(name).toml leaves roles unstyled")
        }
    }

    /// Whatever a theme's colours, the screen must still tell these apart.
    func testEachBuiltinThemeKeepsMeaningsApart() throws {
        for name in builtinNames {
            let theme = try ThemeLoader.load(named: name, userDirectory: nil)
            XCTAssertNotEqual(theme[.paneBorderFocused], theme[.paneBorder], "\(name): focused border")
            XCTAssertNotEqual(theme[.paneTitleFocused], theme[.paneTitle], "\(name): focused title")
            XCTAssertNotEqual(theme[.selection], theme[.text], "\(name): selection")
            XCTAssertNotEqual(theme[.selection], theme[.selectionUnfocused], "\(name): selection without focus")
            XCTAssertNotEqual(theme[.selectionUnfocused], theme[.text], "\(name): selection without focus")
            assertDistinct(theme, [.statusPlanned, .statusOnTrack, .statusAtRisk, .statusBlocked, .statusDone], name)
            assertDistinct(theme, [.healthGood, .healthWatch, .healthAtRisk], name)
            assertDistinct(theme, [.kpiGood, .kpiWarn, .kpiBad], name)
            XCTAssertTrue(theme[.overdue].attributes.contains(.bold), "\(name): overdue is bold")
        }
    }

    func testColourThemesUseTheAgreedColoursForStatuses() throws {
        for name in ["default", "light"] {
            let theme = try ThemeLoader.load(named: name, userDirectory: nil)
            XCTAssertEqual(
                theme[.statusBlocked].foreground, theme[.overdue].foreground, "\(name): blocked and overdue are red")
            XCTAssertEqual(theme[.healthAtRisk].foreground, theme[.kpiBad].foreground, "\(name): one red")
            XCTAssertEqual(theme[.healthWatch].foreground, theme[.kpiWarn].foreground, "\(name): one amber")
            XCTAssertEqual(theme[.healthGood].foreground, theme[.kpiGood].foreground, "\(name): one green")
            XCTAssertEqual(
                theme[.statusOnTrack].foreground, theme[.healthGood].foreground, "\(name): on track is green")
            XCTAssertNotEqual(theme[.selection].background, .default, "\(name): selection has a background")
        }
    }

    func testMonoHasNoColours() throws {
        let mono = try ThemeLoader.load(named: "mono", userDirectory: nil)
        for role in ThemeRole.allCases {
            XCTAssertEqual(mono[role].foreground, .default, "mono \(role.rawValue) foreground")
            XCTAssertEqual(mono[role].background, .default, "mono \(role.rawValue) background")
        }
        XCTAssertEqual(mono, mono.withoutColor)
    }

    func testDefaultThemeIsTheBuiltinDefault() throws {
        XCTAssertEqual(ThemeLoader.defaultTheme, try ThemeLoader.load(named: "default", userDirectory: nil))
        XCTAssertNotEqual(ThemeLoader.defaultTheme, FallbackTheme.theme, "the embedded default parsed")
    }

    func testFallbackThemeMatchesMono() throws {
        let mono = try ThemeLoader.load(named: "mono", userDirectory: nil)
        XCTAssertEqual(
            FallbackTheme.theme.styles, mono.styles, "keep FallbackTheme.swift in step with themes/mono.toml")
        XCTAssertEqual(FallbackTheme.theme.name, "default")
    }

    /// The embedded copies must be exactly the files in themes/, or a release ships stale themes.
    func testEmbeddedThemesMatchTheFilesInTheRepository() throws {
        let themesFolder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // RapportScreenTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder.path)
            .filter { $0.hasSuffix(".toml") }
        let names = files.map { String($0.dropLast(".toml".count)) }.sorted()
        let advice = "run scripts/embed-themes.py to regenerate Sources/RapportScreen/Theme/BuiltinThemes.swift"
        XCTAssertEqual(names, BuiltinThemes.sources.keys.sorted(), "themes/ and BuiltinThemes differ; \(advice)")
        for name in names {
            let data = try Data(contentsOf: themesFolder.appendingPathComponent("\(name).toml"))
            let text = try XCTUnwrap(String(data: data, encoding: .utf8), "themes/\(name).toml is not UTF-8")
            XCTAssertTrue(
                BuiltinThemes.sources[name] == text, "themes/\(name).toml differs from its embedded copy; \(advice)")
        }
    }

    // MARK: - Parsing a theme

    func testPaletteNamesAndLiteralColoursResolve() throws {
        let theme = try ThemeLoader.parse(
            """
            name = "sample"
            [palette]
            accent = "#7AA2F7"
            red = "ansi:1"
            grey = "index:244"
            plain = "default"
            [roles]
            "text" = { fg = "accent", bg = "#000000" }
            "selection" = { fg = "red", bg = "grey", attrs = ["bold", "reverse"] }
            "overdue" = { fg = "ansi:9", bg = "index:52", attrs = [
                "bold",
                "underline",
            ] }
            "filter" = { fg = "plain", bg = "default", attrs = [] }
            "kpi.good" = {}
            """,
            file: "sample.toml")

        XCTAssertEqual(theme.name, "sample")
        XCTAssertEqual(theme[.text], Style(foreground: .rgb(0x7A, 0xA2, 0xF7), background: .rgb(0, 0, 0)))
        XCTAssertEqual(
            theme[.selection], Style(foreground: .ansi(1), background: .indexed(244), attributes: [.bold, .reverse]))
        XCTAssertEqual(
            theme[.overdue], Style(foreground: .ansi(9), background: .indexed(52), attributes: [.bold, .underline]))
        XCTAssertEqual(theme[.filter], Style())
        XCTAssertEqual(theme.styles[.kpiGood], Style())
        XCTAssertNil(theme.styles[.helpKey], "a role left out has no style")
        XCTAssertEqual(theme[.helpKey], .plain)
    }

    func testThemeWithoutNameIsNamedAfterItsFile() throws {
        XCTAssertEqual(try ThemeLoader.parse("[roles]", file: "/home/me/themes/ocean.toml").name, "ocean")
    }

    func testColourSpellings() {
        XCTAssertEqual(Color(themeSpec: "#ff8000"), .rgb(255, 128, 0))
        XCTAssertEqual(Color(themeSpec: "ansi:0"), .ansi(0))
        XCTAssertEqual(Color(themeSpec: "ansi:15"), .ansi(15))
        XCTAssertEqual(Color(themeSpec: "index:255"), .indexed(255))
        XCTAssertEqual(Color(themeSpec: "default"), .default)
        for bad in [
            "", "#fff", "#ff80001", "#gg8000", "ff8000", "ansi:16", "ansi:", "ansi:-1", "ansi:+1",
            "index:256", "index:1000", "index:x", "Default", "red", "rgb(1,2,3)",
        ] {
            XCTAssertNil(Color(themeSpec: bad), "'\(bad)' should not be a colour")
        }
    }

    // MARK: - Errors: one line naming file and key

    func testBadValuesNameFileAndKey() {
        assertThemeError(
            "name = \"broken\"\n[palette]\naccent = \"#7aa2f7\"\n[roles]\n\"selection\" = { fg = \"pruple\" }",
            "broken.toml: roles.\"selection\".fg: 'pruple' is not a palette name or colour")
        assertThemeError(
            "[palette]\nsurface = \"#1e2030\"\nred = \"#ff00\"",
            "broken.toml: palette.red: '#ff00' is not a colour (use \"#rrggbb\", \"ansi:0..15\", \"index:0..255\" or \"default\")"
        )
        assertThemeError(
            "[roles]\n\"text\" = { bg = \"ansi:16\" }",
            "broken.toml: roles.\"text\".bg: 'ansi:16' is not a palette name or colour")
        assertThemeError(
            "[roles]\n\"text\" = { attrs = [\n  \"bold\",\n  \"blod\",\n] }",
            "broken.toml: roles.\"text\".attrs: 'blod' is not an attribute (bold, dim, italic, underline, reverse)")
        assertThemeError(
            "[roles]\n\"text\" = { attrs = \"bold\" }",
            "broken.toml: roles.\"text\".attrs: expected an array such as [\"bold\"], found a string")
        assertThemeError(
            "[roles]\n\"text\" = { attrs = [1] }",
            "broken.toml: roles.\"text\".attrs: an integer is not an attribute (bold, dim, italic, underline, reverse)"
        )
        assertThemeError(
            "[roles]\n\"text\" = { fg = 3 }",
            "broken.toml: roles.\"text\".fg: expected a palette name or colour string, found an integer")
        assertThemeError(
            "[roles]\n\"text\" = { colour = \"red\" }",
            "broken.toml: roles.\"text\".colour: unknown key; a role has fg, bg and attrs")
        assertThemeError(
            "[roles]\n\"text\" = \"red\"",
            "broken.toml: roles.\"text\": expected an inline table such as { fg = \"accent\", attrs = [\"bold\"] }, found a string"
        )
        assertThemeError(
            "roles = 1",
            "broken.toml: roles: expected a table, found an integer")
        assertThemeError(
            "[palette]\ndefault = \"#000000\"",
            "broken.toml: palette.default: palette names use letters, digits, '-' and '_', and may not be 'default'")
        assertThemeError(
            "[palette]\n\"dark.blue\" = \"#000080\"",
            "broken.toml: palette.\"dark.blue\": palette names use letters, digits, '-' and '_', and may not be 'default'"
        )
        assertThemeError(
            "[palette]\nblue = 4",
            "broken.toml: palette.blue: expected a colour string, found an integer")
        assertThemeError(
            "name = \"x\"\n[colours]\nred = \"ansi:1\"",
            "broken.toml: colours: unknown key; a theme has name, [palette] and [roles]")
        assertThemeError(
            "name = 7",
            "broken.toml: name: expected a string, found an integer")
        assertThemeError(
            "name = \"../evil\"",
            "broken.toml: name: '../evil' is not a valid theme name (letters, digits, '-' and '_' only)")
    }

    func testUnknownRoleSuggestsTheClosestOne() {
        assertThemeError(
            "[roles]\n\"text\" = {}\n\"selektion\" = { attrs = [\"bold\"] }",
            "broken.toml: roles.\"selektion\": unknown role; did you mean \"selection\"?")
        assertThemeError(
            "[roles]\n\"status.onTrak\" = {}",
            "broken.toml: roles.\"status.onTrak\": unknown role; did you mean \"status.onTrack\"?")
        assertThemeError(
            "[roles]\n\"wallpaper\" = {}",
            "broken.toml: roles.\"wallpaper\": unknown role; see themes/default.toml for every role")
    }

    func testUnknownRoleIsItsOwnErrorCase() {
        XCTAssertThrowsError(try ThemeLoader.parse("[roles]\n\"nope\" = {}", file: "t.toml")) { error in
            XCTAssertEqual(error as? ThemeError, .unknownRole(file: "t.toml", key: "nope"))
        }
    }

    // MARK: - Finding themes by name

    func testUnknownThemeListsAvailableOnes() {
        assertLoadError(named: "nope", userDirectory: nil, "unknown theme 'nope' — available: colour-blind, default, high-contrast, light, mono")
    }

    func testThemeNamesThatCouldBePathsAreRefused() throws {
        let folder = try makeTemporaryFolder()
        let inner = folder.appendingPathComponent("user")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        // A valid theme one level up: a traversal that slipped through would load it.
        try "name = \"outside\"\n[roles]".write(
            to: folder.appendingPathComponent("outside.toml"), atomically: true, encoding: .utf8)

        for name in ["../outside", "..", ".", "", "a/b", "/etc/passwd", "default.toml", "de fault", "théme"] {
            XCTAssertThrowsError(try ThemeLoader.load(named: name, userDirectory: inner.path), "'\(name)'") { error in
                XCTAssertEqual(
                    error as? ThemeError, .invalidThemeName(name: name, available: builtinNames), "'\(name)'")
            }
        }
        assertLoadError(
            named: "../outside", userDirectory: nil,
            "invalid theme name '../outside': use only letters, digits, '-' and '_' — available: colour-blind, default, high-contrast, light, mono")
        XCTAssertFalse(ThemeLoader.isValidThemeName("../x"))
        XCTAssertTrue(ThemeLoader.isValidThemeName("Solarized_dark-2"))
    }

    func testUserThemeOverridesBuiltinAndIsListed() throws {
        let folder = try makeTemporaryFolder()
        try "name = \"default\"\n[roles]\n\"text\" = { attrs = [\"italic\"] }".write(
            to: folder.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try "[palette]\nsea = \"#006994\"\n[roles]\n\"text\" = { fg = \"sea\" }".write(
            to: folder.appendingPathComponent("ocean.toml"), atomically: true, encoding: .utf8)
        // Not themes: wrong extension, or a name load(named:) could never accept.
        try "x".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("my theme.toml"), atomically: true, encoding: .utf8)

        let overridden = try ThemeLoader.load(named: "default", userDirectory: folder.path)
        XCTAssertEqual(overridden.styles, [.text: Style(attributes: [.italic])])
        let ocean = try ThemeLoader.load(named: "ocean", userDirectory: folder.path)
        XCTAssertEqual(ocean.name, "ocean")
        XCTAssertEqual(ocean[.text].foreground, .rgb(0x00, 0x69, 0x94))
        XCTAssertEqual(
            try ThemeLoader.load(named: "mono", userDirectory: folder.path).name, "mono", "built-ins still load")

        XCTAssertEqual(
            ThemeLoader.availableThemeNames(userDirectory: folder.path), ["colour-blind", "default", "high-contrast", "light", "mono", "ocean"])
        XCTAssertEqual(ThemeLoader.availableThemeNames(userDirectory: nil), builtinNames)
        XCTAssertEqual(
            ThemeLoader.availableThemeNames(userDirectory: folder.appendingPathComponent("missing").path), builtinNames)
        assertLoadError(
            named: "forest", userDirectory: folder.path,
            "unknown theme 'forest' — available: colour-blind, default, high-contrast, light, mono, ocean")
    }

    func testUserThemeErrorsNameTheUserFile() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("copy.toml").path
        try "name = \"default\"\n[roles]".write(toFile: path, atomically: true, encoding: .utf8)
        assertLoadError(
            named: "copy", userDirectory: folder.path,
            "\(path): name: 'default' does not match the file name; set name = \"copy\" or rename the file")

        try "[roles]\n\"text\" = { fg = \"nope\" }".write(toFile: path, atomically: true, encoding: .utf8)
        assertLoadError(
            named: "copy", userDirectory: folder.path,
            "\(path): roles.\"text\".fg: 'nope' is not a palette name or colour")
    }

    func testUnreadableUserThemeFiles() throws {
        let folder = try makeTemporaryFolder()
        let directoryPath = folder.appendingPathComponent("folder.toml").path
        try FileManager.default.createDirectory(atPath: directoryPath, withIntermediateDirectories: true)
        assertLoadError(
            named: "folder", userDirectory: folder.path,
            "cannot read theme file '\(directoryPath)': it is a directory")

        let binaryPath = folder.appendingPathComponent("binary.toml").path
        try Data([0x6E, 0x61, 0x6D, 0x65, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: binaryPath))
        assertLoadError(
            named: "binary", userDirectory: folder.path,
            "cannot read theme file '\(binaryPath)': it is not UTF-8 text")
    }

    func testErrorsAreOneLine() {
        let errors: [ThemeError] = [
            .unknownTheme(name: "x", available: builtinNames),
            .invalidThemeName(name: "../x", available: builtinNames),
            .syntax(file: "f.toml", line: 1, column: 2, message: "m"),
            .badValue(file: "f.toml", key: "k", message: "m"),
            .unknownRole(file: "f.toml", key: "k"),
            .unreadableFile(path: "/p.toml", reason: "r"),
        ]
        for error in errors {
            XCTAssertFalse(error.description.contains("\n"), error.description)
            XCTAssertFalse(error.description.isEmpty)
        }
    }

    /// Names, paths, keys and messages may all hold text from outside; none of it may act on the terminal.
    func testErrorsShowControlCharactersAsPlaceholders() {
        let hostile = "a\u{1B}[2J\nb\u{9B}c\u{7F}"
        let errors: [ThemeError] = [
            .unknownTheme(name: hostile, available: builtinNames),
            .invalidThemeName(name: hostile, available: builtinNames),
            .syntax(file: hostile, line: 1, column: 2, message: hostile),
            .badValue(file: "f.toml", key: hostile, message: hostile),
            .unknownRole(file: hostile, key: hostile),
            .unreadableFile(path: hostile, reason: hostile),
        ]
        for error in errors {
            XCTAssertFalse(error.description.unicodeScalars.contains(where: TextSafety.isUnsafe), error.description)
            XCTAssertTrue(error.description.contains("a\u{2426}[2J b\u{2426}c\u{2426}"), error.description)
        }
    }

    /// Only TOMLKit's syntax errors carry a position; what a theme setting means is named by key.
    func testSyntaxErrorsHaveLineAndColumnAndSettingsHaveTheKey() {
        XCTAssertEqual(
            ThemeError.syntax(file: "f.toml", line: 3, column: 7, message: "m").description, "f.toml:3:7: m")
        XCTAssertEqual(
            ThemeError.badValue(file: "f.toml", key: "palette.red", message: "m").description,
            "f.toml: palette.red: m")
        XCTAssertEqual(
            ThemeError.unknownRole(file: "f.toml", key: "nope").description,
            "f.toml: roles.\"nope\": unknown role; see themes/default.toml for every role")
    }

    // MARK: - Helpers

    private func assertDistinct(
        _ theme: Theme, _ roles: [ThemeRole], _ name: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        for (offset, role) in roles.enumerated() {
            for other in roles[(offset + 1)...] where theme[role] == theme[other] {
                XCTFail("\(name): \(role.rawValue) looks the same as \(other.rawValue)", file: file, line: line)
            }
        }
    }

    private func assertLoadError(
        named name: String, userDirectory: String?, _ expected: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let theme = try ThemeLoader.load(named: name, userDirectory: userDirectory)
            XCTFail("expected an error, loaded \(theme)", file: file, line: line)
        } catch {
            XCTAssertEqual(String(describing: error), expected, file: file, line: line)
        }
    }

    private func makeTemporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("rapport-theme-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
