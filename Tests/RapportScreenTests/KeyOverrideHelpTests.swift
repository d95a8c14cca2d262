import Foundation
import RapportCore
import RapportScreen
import RapportViewModel
import XCTest

/// The help overlay and hint lines are drawn from the keymap in effect, so a config file's
/// override shows wherever keys are named.
final class KeyOverrideHelpTests: XCTestCase {
    func testHelpAndTheStatusBarShowTheOverriddenKey() throws {
        let (config, problems) = ConfigReader.read("[keys]\naccounts.filter = \"f\"\n", file: "config.toml")
        XCTAssertEqual(problems, [])
        let driver = try DemoScreen.demoDriver()
        var state = driver.state
        var renderer = FrameRenderer(theme: TestThemes.plain, keymap: config.keymap(), storePath: DemoScreen.storePath)

        let dashboard = renderer.render(state, width: 120, height: 40).lines
        XCTAssertTrue(try XCTUnwrap(dashboard.last).contains("f filter"), dashboard.last ?? "")
        XCTAssertFalse(try XCTUnwrap(dashboard.last).contains("/ filter"), dashboard.last ?? "")

        state.overlay = .help
        let help = renderer.render(state, width: 120, height: 40).lines
        XCTAssertTrue(help.contains { $0.range(of: #"\bf\s+Filter as you type"#, options: .regularExpression) != nil }, help.joined(separator: "\n"))
        XCTAssertFalse(help.contains { $0.range(of: #"/\s+Filter as you type"#, options: .regularExpression) != nil }, help.joined(separator: "\n"))
    }
}
