import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// A renewal that has lapsed is flagged, in the alarming style, wherever a renewal date shows;
/// an account created a moment ago says it has not enough data for a health score and counts
/// in no band.
final class LapsedAndNewAccountSnapshotTests: XCTestCase {
    static let today = DemoScreen.today

    /// Atlas's renewal lapsed 20 days ago (it has a call and a sponsor, so it is scored); Brand
    /// New was just created; Cobalt renews next month.
    static func book() throws -> Driver {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: today))
        let clock = Date(timeIntervalSince1970: 1_795_000_000)
        func add(_ name: String, arr: Int64, renewal: Int?) throws -> Int64 {
            let outcome = try database.apply(
                .addAccount(Account(
                    name: name, industry: "Logistics", region: "Nordics", tier: .enterprise, owner: "Sam Okafor",
                    annualRecurringRevenue: .major(arr), renewalDate: renewal.map { today.adding(days: $0) }, stayInTouchDays: 30)),
                at: clock)
            guard case .saved(let summary) = outcome, let id = summary.focusAccountID else { throw FixtureError("\(name): \(outcome)") }
            return id
        }
        func call(_ accountID: Int64, daysAgo: Int) throws {
            _ = try database.apply(.logInteraction(
                Interaction(accountID: accountID, kind: .call, date: today.adding(days: -daysAgo), summary: "Check-in"), nextFollowUp: nil), at: clock)
        }
        let atlas = try add("Atlas Freight", arr: 120_000, renewal: -20)
        _ = try database.apply(.addContact(Contact(
            accountID: atlas, name: "Ines Berg", title: "COO", email: "", phone: "", role: .sponsor, influence: 5, sentiment: .friendly,
            isMainContact: true)), at: clock)
        try call(atlas, daysAgo: 10)
        _ = try add("Brand New Ltd", arr: 30_000, renewal: nil)
        let cobalt = try add("Cobalt Systems", arr: 80_000, renewal: 30)
        try call(cobalt, daysAgo: 5)
        return Driver(database: database, storeName: "rapport.sqlite", today: today)
    }

    func testTheListTheKPIsAndTheAccountPaneFlagALapsedRenewalAndANewAccount() throws {
        let screen = DemoScreen(driver: try Self.book(), width: 160, height: 40)
        assertSnapshot(screen.lines, named: "lapsed-and-new-160x40")
        // The list's lapsed renewal and the KPI strip's lapsed count are drawn as overdue, like
        // everything late; the renewal due next month only warns.
        let colours = DemoScreen(driver: try Self.book(), width: 160, height: 40, theme: TestThemes.roles)
        XCTAssertEqual(role(of: "2026-10-29 · lapsed 20 days ago", in: colours.frame()), "overdue", "the account pane")
        colours.press(.char("j"))  // off Atlas's row, which is drawn selected
        let roles = colours.frame()
        XCTAssertEqual(role(of: "lapsed 20d", in: roles), "overdue")
        XCTAssertEqual(role(of: "1 lapsed", in: roles), "overdue")
        XCTAssertEqual(role(of: Self.today.adding(days: 30).iso, in: roles), "kpi.warn")
        // The new account: no band in the strip (one good or watch account each), "—" in the list.
        XCTAssertTrue(screen.lines[3].contains("●1 ◐1 ○0"), screen.lines[3])
        screen.press(.char("j"))
        let lines = screen.lines
        XCTAssertTrue(lines.contains { $0.contains("Brand New Ltd") && $0.contains(" —  ") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("Health not enough data yet") }, lines.joined(separator: "\n"))
        assertSnapshot(lines, named: "new-account-selected-160x40")
    }

    func testTheOverviewSaysLapsedAndNotEnoughData() throws {
        let screen = DemoScreen(driver: try Self.book(), width: 100, height: 30)
        screen.press(.enter)
        XCTAssertEqual(screen.state.detail?.section, .overview)
        assertSnapshot(screen.lines, named: "overview-lapsed-renewal-100x30")
        screen.press(.escape, .char("j"), .enter)
        let lines = screen.lines
        assertSnapshot(lines, named: "overview-new-account-100x30")
        XCTAssertTrue(lines.contains { $0.contains("Health  not enough data yet") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("since a month ago") }, "no change from a month before it existed")
        XCTAssertFalse(lines.contains { $0.contains("at risk") }, lines.joined(separator: "\n"))
    }

    /// The role of the first cell of `text` on the screen, as the roles theme names it.
    func role(of text: String, in buffer: Buffer) -> String? {
        for (y, line) in buffer.lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            let x = DisplayWidth.of(String(line[..<range.lowerBound]))
            return TestThemes.role(for: buffer[x, y].style.foreground)
        }
        return nil
    }
}
