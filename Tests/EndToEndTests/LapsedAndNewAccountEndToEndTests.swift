import Foundation
import RapportCore
import RapportStore
import XCTest

/// Issue 10's lapsed renewal and brand-new account in the real binary: two accounts made
/// through the form, one with a renewal date already past, look right in the list, the KPI
/// strip and the account pane, and the store counts the lapsed renewal.
final class LapsedAndNewAccountEndToEndTests: XCTestCase {
    func testALapsedRenewalIsFlaggedAndABrandNewAccountHasNoHealthYet() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let command = "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18"
        // Wide enough for the account pane beside the list, which the checks below read.
        let session = try TmuxSession(command: command, width: 160)
        try session.waitFor("Your book is empty")
        // An account whose renewal, 1 October, has lapsed
        try session.press("n")
        try session.waitFor("New account")
        try session.type("Lapsed Logistics")
        for _ in 0..<5 { try session.press("Tab") }  // industry, region, tier, owner, ARR
        try session.type("120k")
        try session.press("Tab")
        try session.type("2026-10-01")
        try session.press("Enter")
        try session.waitFor("Saved account Lapsed Logistics")
        // And one made a moment ago with nothing else
        try session.press("n")
        try session.waitFor("New account")
        try session.type("Brand New Ltd")
        try session.press("Enter")
        let screen = try session.waitFor("Saved account Brand New Ltd")
        let text = screen.joined(separator: "\n")

        // The list: the lapsed renewal says so; neither account has a health score yet
        let lapsedRow = try XCTUnwrap(screen.first { $0.contains("Lapsed Logistics") && $0.contains("$120k") }, text)
        XCTAssertTrue(lapsedRow.contains("lapsed 48d"), lapsedRow)
        let newRow = try XCTUnwrap(screen.first { $0.contains("Brand New Ltd") && $0.contains("$0") }, text)
        XCTAssertTrue(newRow.contains(" —  "), "no health in the list: \(newRow)")
        // The KPI strip: no account in any health band, and the lapsed renewal counted
        XCTAssertTrue(screen.contains { $0.contains("●0 ◐0 ○0") }, text)
        XCTAssertTrue(screen.contains { $0.contains("0  1 lapsed") }, text)
        XCTAssertFalse(screen.contains { $0.contains("at risk") }, text)
        // The account pane of the new account (it is selected): not enough data, no change
        XCTAssertTrue(screen.contains { $0.contains("Health not enough data yet") }, text)
        XCTAssertFalse(screen.contains { $0.contains("since a month ago") }, text)
        // The lapsed account's pane (the next row, by name) says how long ago
        try session.press("j")
        let lapsed = try session.waitFor("lapsed 48 days ago")
        XCTAssertTrue(lapsed.contains { $0.contains("Renewal 2026-10-01 · lapsed 48 days ago") }, lapsed.joined(separator: "\n"))
        try session.press("q")
        _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }

        let database = try openStore(store)
        let kpis = try database.kpis()
        XCTAssertEqual(kpis.lapsedRenewals, 1)
        XCTAssertEqual(kpis.health, [.good: 0, .watch: 0, .atRisk: 0])
        XCTAssertEqual(kpis.accountCount, 2)
    }
}
