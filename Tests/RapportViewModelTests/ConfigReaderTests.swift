import RapportViewModel
import XCTest

/// The config file's text: every setting read, every problem one line naming file and key, and
/// a wrong setting costing only itself.
final class ConfigReaderTests: XCTestCase {
    let file = "/home/u/.config/rapport/config.toml"

    func read(_ text: String) -> (config: Config, problems: [String]) {
        let (config, problems) = ConfigReader.read(text, file: file)
        return (config, problems.map(\.description))
    }

    func testAGoodFileSetsEverything() {
        let result = read("""
            theme = "light"
            fiscal_year_start = "apr"
            mouse = false
            [keys]
            accounts.filter = "f"
            global.quit = ["q", "ctrl-q"]
            initiatives.progress-up = "PgUp"
            """)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(
            result.config,
            Config(theme: "light", fiscalYearStart: 4, mouse: false, keyOverrides: [
                KeyOverride(context: .accounts, action: "filter", keys: [.char("f")]),
                KeyOverride(context: .global, action: "quit", keys: [.char("q"), .ctrl("q")]),
                KeyOverride(context: .initiatives, action: "progress-up", keys: [.pageUp]),
            ]))
    }

    func testAMonthMayBeANumberAndKeysATablePerContext() {
        let result = read("fiscal_year_start = 10\n[keys.accounts]\nsort = \"O\"\n[keys]\n\"list.top\" = \"Home\"\n")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(
            result.config,
            Config(fiscalYearStart: 10, keyOverrides: [
                KeyOverride(context: .accounts, action: "sort", keys: [.char("O")]),
                KeyOverride(context: .list, action: "top", keys: [.home]),
            ]))
    }

    func testAnEmptyFileSetsNothing() {
        XCTAssertEqual(read("").config, Config())
        XCTAssertEqual(read("").problems, [])
        XCTAssertEqual(read("# only a comment\n\n").config, Config())
    }

    func testEachWrongSettingIsOneLineNamingFileAndKeyAndTheRestStillApplies() {
        let result = read("""
            theme = 3
            fiscal_year_start = "smarch"
            mouse = "yes"
            colour = "light"
            [keys]
            accounts.filtr = "f"
            acounts.sort = "O"
            accounts.open = "Ctl-X"
            accounts.log = 7
            accounts.new = []
            form.save = "s"
            global.help = "h"
            """)
        XCTAssertEqual(result.problems, [
            "\(file): colour: unknown setting — a config file has theme, fiscal_year_start, mouse, keys, agenda, start",
            "\(file): fiscal_year_start: 'smarch' is not a month; use 1–12 or a name like apr",
            "\(file): [keys] accounts.filtr: no such action in accounts — try filter",
            "\(file): [keys] accounts.log: expected a key name such as \"f\" or a list of them, found an integer",
            "\(file): [keys] accounts.new: expected at least one key",
            "\(file): [keys] accounts.open: 'Ctl-X' is not a key name (keys are written as j, Ctrl-R, PgDn, Enter, Esc, Tab, Shift-Tab, Space, F5)",
            "\(file): [keys] acounts.sort: no such context — try accounts",
            "\(file): [keys] form.save: a form's keys cannot be changed: the form reads every key itself",
            "\(file): mouse: expected true or false, found a string",
            "\(file): theme: expected a theme name such as \"light\", found an integer",
        ])
        // What was right still applies; everything wrong keeps its default.
        XCTAssertEqual(result.config, Config(keyOverrides: [KeyOverride(context: .global, action: "help", keys: [.char("h")])]))
        let keymap = result.config.keymap()
        XCTAssertEqual(keymap.command(for: .char("/"), in: [.accounts]), .openFilter)
        XCTAssertEqual(keymap.command(for: .char("h"), in: [.global]), .toggleHelp)
        XCTAssertNil(keymap.command(for: .char("?"), in: [.global]))
    }

    func testATyposSuggestionNeedsToBeClose() {
        XCTAssertEqual(read("them = \"light\"").problems, ["\(file): them: unknown setting — try theme"])
        XCTAssertTrue(
            read("[keys]\nglobal.zzzzzz = \"x\"").problems[0].hasPrefix("\(file): [keys] global.zzzzzz: no such action in global — actions there are undo, redo, help, command-line, quit"))
    }

    func testAKeyThatWouldClashInItsContextIsAnErrorNamingBothAndKeepsTheStandardKeys() {
        let result = read("[keys]\naccounts.filter = \"o\"\naccounts.log = \"L\"\n")
        XCTAssertEqual(result.problems, ["\(file): [keys] accounts.filter: o is also the key of accounts.sort — keeping the standard keys"])
        XCTAssertEqual(result.config.keyOverrides, [KeyOverride(context: .accounts, action: "log", keys: [.char("L")])])
        // Swapping two keys clashes with neither.
        let swapped = read("[keys]\naccounts.filter = \"o\"\naccounts.sort = \"/\"\n")
        XCTAssertEqual(swapped.problems, [])
        XCTAssertEqual(swapped.config.keymap().command(for: .char("o"), in: [.accounts]), .openFilter)
        XCTAssertEqual(swapped.config.keymap().command(for: .char("/"), in: [.accounts]), .cycleSort)
    }

    func testAFileThatIsNotTOMLIsOneLineAtTOMLKitsPosition() {
        let result = read("theme = \"light\"\nthis is not toml\n")
        XCTAssertEqual(result.config, Config(), "nothing of a file that does not parse applies")
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertTrue(result.problems[0].hasPrefix("\(file):2:"), result.problems[0])
        XCTAssertFalse(result.problems[0].contains("\n"))
    }

    func testNULIsRefusedRawOrEscaped() {
        XCTAssertEqual(
            read("theme = \"light\"\0\nmouse = false").problems,
            ["\(file): it contains a NUL character (U+0000), which TOML does not allow"])
        XCTAssertEqual(read("theme = \"light\\u0000junk\"").problems, ["\(file): theme: keys and strings may not contain U+0000 (\\u0000)"])
        XCTAssertEqual(read("theme = \"light\\u0000junk\"").config, Config())
    }

    func testWhatTheFileSaysIsShownSafely() {
        let problems = read("[keys]\naccounts.filter = \"\\u001B[2J\"\n").problems
        XCTAssertEqual(problems.count, 1)
        XCTAssertFalse(problems[0].contains("\u{1B}"), problems[0])
    }

    // MARK: - Names

    func testEveryBindingHasAnActionNameUniqueInItsContext() {
        for context in KeyContext.allCases {
            let names = Keymap.standard.bindings(in: context).map(\.command.actionName)
            XCTAssertFalse(names.contains(nil), "\(context)")
            XCTAssertEqual(names.count, Set(names).count, "two bindings share an action name in \(context): \(names)")
        }
        XCTAssertEqual(Command.openFilter.actionName, "filter")
        XCTAssertEqual(Command.moveDown.actionName, "down")
        XCTAssertEqual(Command.bumpProgress(5).actionName, "progress-up")
    }

    func testKeysReadTheWayHelpWritesThem() {
        for key in Keymap.standard.bindings.flatMap(\.keys) {
            XCTAssertEqual(Key(name: key.displayName), key, key.displayName)
        }
        XCTAssertEqual(Key(name: "ctrl-r"), .ctrl("r"))
        XCTAssertEqual(Key(name: "pgdn"), .pageDown)
        XCTAssertEqual(Key(name: "F5"), .function(5))
        XCTAssertEqual(Key(name: "space"), .char(" "))
        XCTAssertEqual(Key(name: "G"), .char("G"))
        for bad in ["", "F0", "F99", "Ctrl-", "Ctrl-RR", "jj", "\u{1B}", " ", "(paste)"] { XCTAssertNil(Key(name: bad), bad) }
    }
}
