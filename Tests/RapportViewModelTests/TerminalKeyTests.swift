import RapportViewModel
import XCTest

/// Ctrl-L and Ctrl-Z act on the terminal in every context (the loop asks the keymap before the
/// view model sees the key), are listed in help like any key, and follow a config override.
final class TerminalKeyTests: XCTestCase {
    func testTheStandardKeysRedrawAndSuspendWhateverHasTheKeys() {
        let keymap = Keymap.standard
        XCTAssertEqual(keymap.terminalCommand(for: .ctrl("l")), .redraw)
        XCTAssertEqual(keymap.terminalCommand(for: .ctrl("z")), .suspend)
        XCTAssertNil(keymap.terminalCommand(for: .char("q")), "quit is the view model's: it may ask first")
        XCTAssertNil(keymap.terminalCommand(for: .char("l")))
        let help = keymap.helpSections(for: [.accounts, .list, .dashboard, .global])
        let global = help.first { $0.title == KeyContext.global.title }?.bindings.map(\.help) ?? []
        XCTAssertTrue(global.contains("Redraw the screen"), "\(global)")
        XCTAssertTrue(global.contains("Suspend to the shell (fg comes back)"), "\(global)")
    }

    func testAnOverrideMovesRedrawToAnotherKey() {
        let (config, problems) = ConfigReader.read("[keys]\nglobal.redraw = \"ctrl-g\"\n", file: "config.toml")
        XCTAssertEqual(problems.map(\.description), [])
        let keymap = config.keymap()
        XCTAssertEqual(keymap.terminalCommand(for: .ctrl("g")), .redraw)
        XCTAssertNil(keymap.terminalCommand(for: .ctrl("l")), "Ctrl-L is free again")
    }

    /// A form takes every key as text, but Ctrl-L still reaches the loop (it is asked first),
    /// and if it did reach the view model it would change nothing.
    func testRedrawAsACommandChangesNothing() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        let redraw = step(dashboard.viewModel, .command(.redraw))
        XCTAssertEqual(redraw.state, before)
        XCTAssertEqual(redraw.effects, [])
    }
}
