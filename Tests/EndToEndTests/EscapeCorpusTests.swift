import Foundation
import GRDB
import XCTest

/// The escape corpus in every text field, on every screen and in the error paths: not one of
/// its escape sequences or control characters reaches the terminal raw.
final class EscapeCorpusTests: XCTestCase {
    let corpus = EscapeCorpus.strings

    /// Which corpus markers each screen drew: proof the walk reached the screen with the text.
    struct Showings {
        private(set) var markersByScreen: [String: Set<String>] = [:]

        /// Markers are compared without case: a metric's name is drawn title-cased.
        mutating func record(_ screen: String, _ output: String, _ corpus: [HostileString]) {
            let output = output.lowercased()
            for string in corpus where output.contains(string.marker.lowercased()) {
                markersByScreen[screen, default: []].insert(string.marker)
            }
            if markersByScreen[screen] == nil { markersByScreen[screen] = [] }
        }

        var total: Int { markersByScreen.values.reduce(0) { $0 + $1.count } }
    }

    func testNoHostileSequenceReachesTheTerminalFromAnyScreen() throws {
        XCTAssertGreaterThanOrEqual(corpus.count, 40)
        let scratch = try Scratch()
        let store = scratch.file("hostile.sqlite")
        try HostileBook.write(corpus, to: store)
        let themes = scratch.file("config/rapport/themes")
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try hostileThemeFile().write(toFile: themes + "/hostile.toml", atomically: true, encoding: .utf8)

        let terminal = try PseudoTerminal.dashboard(
            store: store, width: 140, height: 40,
            environment: ["XDG_CONFIG_HOME": scratch.file("config"), "RAPPORT_THEME": "hostile"])
        var showings = Showings()
        let firstFrame = terminal.text()
        let themeError = try XCTUnwrap(firstFrame.range(of: "hostile.toml: roles."), "no theme error in the status bar")
        showings.record("status bar: theme file error", String(firstFrame[themeError.upperBound...].prefix(200)), corpus)
        showings.record("dashboard: list and focused account", terminal.text(), corpus)
        func show(_ screen: String, _ keys: TerminalKey...) {
            let start = terminal.output.count
            for key in keys { terminal.press(key) }
            showings.record(screen, terminal.text(from: start), corpus)
        }

        // Every account, in list order: the dashboard, each section of its detail, each form.
        for index in corpus.indices {
            // Ctrl-L redraws the whole screen: ncurses otherwise sends only the cells that
            // changed, and two names side by side ("PWN48 …", "PWN49 …") share their first cells.
            if index > 0 { show("dashboard: list and focused account", .char("j"), .ctrl("l")) }
            show("detail: overview", .enter)
            show("form: account", .char("e"))
            show("detail: contacts", .escape, .tab)
            show("form: contact", .char("e"))
            show("detail: timeline", .escape, .tab)
            show("form: interaction", .char("e"))
            show("detail: initiatives", .escape, .tab)
            show("form: initiative", .char("e"))
            show("detail: pipeline", .escape, .tab)
            show("form: opportunity", .char("e"))
            show("detail: metrics", .escape, .tab, .char("m"))
            show("form: metric month", .char("n"))
            terminal.press(.escape)
            terminal.press(.escape)
        }
        show("book metrics", .char("M"))
        for _ in corpus { show("book metrics", .char("m")) }
        terminal.press(.escape)
        show("help", .char("?"))
        terminal.press(.escape)
        // The filter: each string pasted into it, then a search that matches every account.
        show("filter: pasted", .char("/"))
        for string in corpus {
            terminal.type("\u{1B}[200~" + string.text + "\u{1B}[201~")
            terminal.awaitFrame()
            show("filter: pasted", .ctrl("u"))
        }
        show("filter: matches", .char("p"), .char("w"), .char("n"))
        terminal.press(.escape)
        terminal.send(.char("q"))
        XCTAssertEqual(terminal.waitForExit(), 0)

        let scan = HostileOutputScan(terminal.output, corpus: corpus)
        let screens = showings.markersByScreen.keys.sorted()
        print("escape corpus: \(corpus.count) strings × \(screens.count) screens, \(showings.total) string-screen showings, \(scan.findings.count) hostile sequences in \(terminal.output.count) bytes")
        for screen in screens {
            print("  \(screen): \(showings.markersByScreen[screen]?.count ?? 0) of \(corpus.count) strings shown")
        }
        XCTAssertEqual(scan.findings.count, 0, scan.findings.prefix(20).map(\.description).joined(separator: "\n"))
        // The walk did reach every screen with the data on it.
        for screen in screens {
            XCTAssertFalse(showings.markersByScreen[screen]?.isEmpty ?? true, "\(screen) showed no corpus string")
        }
        // Where each string has a row of its own that the previous screen did not have in the
        // same place, every one is drawn; elsewhere ncurses leaves alone the cells that did not
        // change, and a form drops an escape sequence whole (its marker with it).
        for screen in ["dashboard: list and focused account", "detail: overview", "detail: contacts", "detail: timeline",
                       "detail: initiatives", "detail: metrics", "filter: pasted"] {
            let missing = corpus.map(\.marker).filter { !(showings.markersByScreen[screen]?.contains($0) ?? false) }
            XCTAssertEqual(missing, [], "\(screen) did not show every string")
        }
    }

    /// A theme whose role name is made of corpus strings: its error ("unknown role") is shown
    /// in the status bar. TOML spells control characters as \u escapes.
    func hostileThemeFile() -> String {
        let key = corpus.filter { !$0.leak.isEmpty }.prefix(8).map(\.text).joined()
        var escaped = ""
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0x22: escaped += "\\\""
            case 0x5C: escaped += "\\\\"
            case 0..<0x20, 0x7F...0x9F: escaped += String(format: "\\u%04X", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "[roles]\n\"\(escaped)\" = {}\n"
    }

    // MARK: - Error paths: the command's own messages on stderr

    /// Runs the dashboard (or `arguments`) in the pseudo-terminal until it ends with an error,
    /// and returns everything it wrote.
    func failingRun(_ arguments: [String], expecting phrase: String, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let terminal = try PseudoTerminal(arguments: arguments, width: 120, height: 40)
        XCTAssertEqual(terminal.waitForExit(), 1, terminal.text(), file: file, line: line)
        XCTAssertTrue(terminal.text().contains(phrase), "expected “\(phrase)” in: \(terminal.text())", file: file, line: line)
        XCTAssertTrue(corpus.contains { terminal.text().lowercased().contains($0.marker.lowercased()) }, "the message quotes none of the corpus", file: file, line: line)
        return terminal.output
    }

    func testErrorMessagesQuotingAStoreOrAThemeCarryNoEscapeSequence() throws {
        let scratch = try Scratch()
        var findings: [HostileOutputScan.Finding] = []

        // Schema steps from a "newer Rapport": every corpus string as a migration identifier.
        let newer = try PseudoTerminal.demoStore(in: scratch)
        try DatabaseQueue(path: newer).write { db in
            for string in corpus {
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [string.text])
            }
        }
        findings += HostileOutputScan(try failingRun(["--store", newer], expecting: "newer Rapport"), corpus: corpus).findings

        // A damaged schema: a table whose name is the corpus, its definition cut short.
        let damaged = scratch.file("damaged.sqlite")
        try FileManager.default.copyItem(atPath: newer, toPath: damaged)
        let tableName = corpus.map(\.text).joined().replacingOccurrences(of: "\u{0}", with: "")
        let quoted = "\"" + tableName.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try DatabaseQueue(path: damaged).writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE '%PWN%'")
            try db.execute(sql: "CREATE TABLE \(quoted) (x)")
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: "UPDATE sqlite_schema SET sql = ? WHERE name = ?", arguments: ["CREATE TABLE \(quoted) (x", tableName])
            try db.execute(sql: "PRAGMA writable_schema = OFF")
        }
        findings += HostileOutputScan(try failingRun(["--store", damaged], expecting: "is damaged"), corpus: corpus).findings

        // A theme name from the command line (or the environment).
        let themeName = corpus.map(\.text).joined().replacingOccurrences(of: "\u{0}", with: "")
        findings += HostileOutputScan(
            try failingRun(["--store", newer, "--theme", themeName], expecting: "unknown theme"), corpus: corpus
        ).findings

        print("escape corpus, error paths: \(corpus.count) strings × 3 messages (newer schema, damaged schema, unknown theme), \(findings.count) hostile sequences")
        XCTAssertEqual(findings.count, 0, findings.prefix(20).map(\.description).joined(separator: "\n"))
    }
}
