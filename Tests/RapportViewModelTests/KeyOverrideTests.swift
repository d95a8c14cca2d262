import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// A config file's `[keys]` override changes what the keys do, and help and hints follow it.
final class KeyOverrideTests: XCTestCase {
    func overriddenKeymap() throws -> Keymap {
        let (config, problems) = ConfigReader.read("[keys]\naccounts.filter = \"f\"\n", file: "config.toml")
        XCTAssertEqual(problems, [])
        return config.keymap()
    }

    func testFOpensTheFilterAndSlashNoLongerDoes() throws {
        let dashboard = try Dashboard(keymap: try overriddenKeymap())

        let slash = step(dashboard.viewModel, key: .char("/"))
        XCTAssertEqual(slash.state, dashboard.state, "/ is no longer bound")
        XCTAssertEqual(slash.effects, [])

        var expected = dashboard.state
        expected.accounts.isTyping = true
        let f = step(dashboard.viewModel, key: .char("f"))
        XCTAssertEqual(f.state, expected)
        XCTAssertEqual(f.effects, [])
        XCTAssertEqual(f.state.keyContexts, [.filter])
    }

    func testHelpAndHintsListTheOverriddenKey() throws {
        let dashboard = try Dashboard(keymap: try overriddenKeymap())
        let keymap = dashboard.viewModel.keymap
        let accounts = try XCTUnwrap(keymap.helpSections(for: dashboard.state.keyContexts).first)
        XCTAssertEqual(accounts.title, "Accounts")
        let filter = try XCTUnwrap(accounts.bindings.first { $0.command == .openFilter })
        XCTAssertEqual(filter.keyLabel, "f")
        XCTAssertTrue(keymap.hints(for: dashboard.state.keyContexts).contains(KeyHint(keys: "f", label: "filter")))
        XCTAssertFalse(keymap.markdownTable.contains("| Accounts | `/` |"))
        XCTAssertTrue(keymap.markdownTable.contains("| Accounts | `f` | Filter as you type |"))
    }
}
