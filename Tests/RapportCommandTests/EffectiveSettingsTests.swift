import Foundation
import RapportViewModel
import XCTest

@testable import rapport

/// Where each setting comes from: a flag beats the environment, which beats the config file,
/// which beats the default.
final class EffectiveSettingsTests: XCTestCase {
    let path = "/c/rapport/config.toml"

    func file(_ text: String) -> ConfigFile {
        let (config, problems) = ConfigReader.read(text, file: path)
        XCTAssertEqual(problems, [])
        return ConfigFile(path: path, exists: true, config: config, problems: problems)
    }

    func testFiscalYearStartIsFlagThenEnvironmentThenFileThenDefault() throws {
        let configured = file("fiscal_year_start = \"jul\"")
        let environment = ["RAPPORT_FISCAL_YEAR_START": "oct"]
        XCTAssertEqual(
            try EffectiveSettings.fiscalYearStart(flag: "apr", environment: environment, file: configured),
            Sourced(value: 4, source: .flag("--fiscal-year-start")))
        XCTAssertEqual(
            try EffectiveSettings.fiscalYearStart(flag: nil, environment: environment, file: configured),
            Sourced(value: 10, source: .environment("RAPPORT_FISCAL_YEAR_START")))
        XCTAssertEqual(
            try EffectiveSettings.fiscalYearStart(flag: nil, environment: ["RAPPORT_FISCAL_YEAR_START": ""], file: configured),
            Sourced(value: 7, source: .file(path)))
        XCTAssertEqual(try EffectiveSettings.fiscalYearStart(flag: nil, environment: [:], file: file("")), Sourced(value: 1, source: .standard))
        XCTAssertThrowsError(try EffectiveSettings.fiscalYearStart(flag: nil, environment: ["RAPPORT_FISCAL_YEAR_START": "smarch"], file: configured))
    }

    func testThemeAndMouseComeFromTheFileWhenNothingStrongerSays() {
        let configured = file("theme = \"light\"\nmouse = false")
        XCTAssertEqual(EffectiveSettings.themeName(flag: "mono", environment: ["RAPPORT_THEME": "x"], file: configured).value, "mono")
        XCTAssertEqual(EffectiveSettings.themeName(flag: nil, environment: ["RAPPORT_THEME": "x"], file: configured).value, "x")
        XCTAssertEqual(EffectiveSettings.themeName(flag: nil, environment: [:], file: configured), Sourced(value: "light", source: .file(path)))
        XCTAssertEqual(EffectiveSettings.themeName(flag: nil, environment: [:], file: file("")), Sourced(value: "default", source: .standard))
        XCTAssertEqual(EffectiveSettings.mouse(file: configured), Sourced(value: false, source: .file(path)))
        XCTAssertEqual(EffectiveSettings.mouse(file: file("")), Sourced(value: true, source: .standard))
    }

    func testTheFileIsFoundThroughRapportConfigThenXDGThenHome() {
        XCTAssertEqual(ConfigFile.path(environment: ["RAPPORT_CONFIG": "/a/b.toml", "XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/a/b.toml")
        XCTAssertEqual(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/rapport/config.toml")
        XCTAssertEqual(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]), "/h/.config/rapport/config.toml")
        XCTAssertNil(ConfigFile.path(environment: [:]))
    }

    func testAThemeTheFileNamesThatDoesNotExistIsAWarningAndTheDefault() throws {
        let configured = file("theme = \"solarized-neon\"")
        let chosen = try ThemeChoice.resolve(explicit: nil, environment: ["HOME": "/nonexistent"], configFile: configured)
        XCTAssertEqual(chosen.theme.name, "default")
        XCTAssertTrue(chosen.warning?.hasPrefix("\(path): theme: unknown theme 'solarized-neon'") ?? false, chosen.warning ?? "nil")
    }
}
