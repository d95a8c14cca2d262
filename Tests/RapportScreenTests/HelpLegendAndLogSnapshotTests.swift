import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Help explains the symbols of the pane under it, and keeps every message of the session.
final class HelpLegendAndLogSnapshotTests: XCTestCase {
    func testHelpOnTheAccountsPaneExplainsItsSymbolsAndListsMessages() throws {
        let screen = try DemoScreen.demo(width: 120, height: 40)
        screen.press(.char("o"), .escape)
        screen.driver.stampMessages(at: TimeOfDay(hour: 14, minute: 3, second: 9))
        screen.press(.char("?"))
        let lines = screen.lines
        assertSnapshot(lines, named: "help-legend-accounts-120x40")
        // Every page of the help, scrolled through.
        var pages = [lines.joined(separator: "\n")]
        for _ in 0..<4 {
            screen.press(.pageDown)
            pages.append(screen.lines.joined(separator: "\n"))
        }
        screen.press(.char("g"))
        let text = pages.joined(separator: "\n")
        for symbol in ["● ◐ ○", "1d!", "now!", "in 2d", "✉", "▲ ■ !"] {
            XCTAssertTrue(text.contains(symbol), "\(symbol) is explained")
        }
        // The message log ends the help: at its foot once scrolled there.
        screen.press(.char("G"))
        let end = screen.lines.joined(separator: "\n")
        XCTAssertTrue(end.contains("▲ ■ !       KPIs: initiatives at risk, blocked, late"), "▲ ■ ! is explained, further down: \(end)")
        XCTAssertTrue(end.contains("14:03:09  No filter to clear — / filters the accounts"), end)
    }

    func testHelpOnTheContactsSectionExplainsOnlyItsSymbolsAndScrolls() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        screen.press(.enter, .tab, .char("?"))
        let lines = screen.lines
        assertSnapshot(lines, named: "help-legend-contacts-80x24")
        screen.press(.char("G"))
        let bottom = screen.lines.joined(separator: "\n")
        XCTAssertTrue(bottom.contains("the main point of contact"), bottom)
        XCTAssertFalse(bottom.contains("Touch:"), "the accounts list's symbols are not drawn here")
        XCTAssertTrue(bottom.contains("No messages yet."), bottom)
    }

    func testALongMessageCutInTheStatusBarIsWholeInHelp() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        let long = "The store is locked by another program — your change is waiting and will be saved when it is free"
        screen.press(.tab)
        screen.driver.holdsWrites = true
        screen.press(.char("+"))
        XCTAssertEqual(screen.state.message?.text, long)
        XCTAssertFalse(screen.lines.joined().contains(long), "the status bar cannot hold it")
        screen.press(.char("?"), .char("G"))
        let lines = screen.lines
        assertSnapshot(lines, named: "help-message-log-80x24")
        // What is inside the help box, whatever of the dashboard shows beside it.
        let text = lines.map { line -> String in
            guard let open = line.firstIndex(of: "┃"), let close = line.lastIndex(of: "┃"), open < close else { return "" }
            return String(line[line.index(after: open)..<close])
        }.joined(separator: " ")
        let words = text.split(separator: " ").joined(separator: " ")
        XCTAssertTrue(words.contains(long.split(separator: " ").joined(separator: " ")), "whole, wrapped: \(words)")
    }
}
