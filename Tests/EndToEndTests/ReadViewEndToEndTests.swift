import Foundation
import RapportCore
import RapportStore
import XCTest

/// Enter on an initiative in the real binary shows the record whole: a title the pane's column
/// cuts is on screen in full.
final class ReadViewEndToEndTests: XCTestCase {
    func testEnterOnAnInitiativeShowsItsFullTitle() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let demo = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "1", "--today", "2026-11-18"])
        XCTAssertEqual(demo.status, 0, demo.standardError)
        // Every initiative of the one account gets a title far wider than the pane's column.
        let title = "Bring the three EMEA sites onto the new platform before the renewal"
        let database = try openStore(store)
        for account in try database.accounts() {
            for initiative in try database.initiatives(accountID: account.id ?? 0) {
                var renamed = initiative
                renamed.title = "\(title) #\(initiative.id ?? 0)"
                _ = try database.apply(.editInitiative(RecordEdit(original: initiative, edited: renamed)), at: Date())
            }
        }
        try database.close()

        let session = try TmuxSession(
            command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18")
        try session.waitFor("Accounts (1)")
        try session.press("Tab")
        let pane = try session.waitFor("┏━ Initiatives")
        XCTAssertFalse(pane.joined().contains(title), "the pane's column cannot show it whole:\n\(pane.joined(separator: "\n"))")
        try session.press("Enter")
        let reading = try session.waitFor("Esc close")
        let text = reading.joined(separator: "\n")
        XCTAssertTrue(reading.contains { $0.contains("Title  \(title) #") }, text)
        XCTAssertTrue(text.contains("┏━ Initiative · "), text)
        try session.press("Escape")
        _ = try session.waitForScreen { !$0.joined().contains("Title  \(title)") }
        try session.press("q")
    }
}
