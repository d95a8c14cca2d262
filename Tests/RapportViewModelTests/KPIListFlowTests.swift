import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// The KPI strip opens its lists: `K` focuses it, ←/→ choose a figure, Enter lists what it
/// counts across the book; `:list NAME` does the same. The list takes the agenda's keys.
final class KPIListFlowTests: XCTestCase {
    let today = BookFixture.today

    private func shown(_ driver: Driver) -> [String] {
        (driver.state.agenda?.items ?? []).map { "\($0.item.kind.rawValue) \($0.item.accountName)" }
    }

    func testKFocusesTheStripArrowsMoveAndEnterListsTheRenewals() throws {
        let book = try AgendaBook(today: today)
        let driver = Driver(database: book.database, today: today)
        driver.key(.char("K"))
        XCTAssertEqual(driver.state.kpiFocus, .atRisk)
        XCTAssertEqual(driver.state.keyContexts, [.kpis, .global])
        driver.keys(.right, .right, .right, .right, .right)
        XCTAssertEqual(driver.state.kpiFocus, .renewals, "stops at the last figure")
        driver.key(.left)
        XCTAssertEqual(driver.state.kpiFocus, .toContact)
        driver.key(.right)
        driver.key(.enter)
        XCTAssertNil(driver.state.kpiFocus)
        XCTAssertEqual(driver.state.agenda?.list, .renewals)
        XCTAssertEqual(shown(driver), ["lapsed-renewal Lapsed Co"])
        XCTAssertEqual(driver.state.helpTitle, "Renewals: lapsed and within 90 days")
        // The agenda's keys: Enter goes to the account.
        driver.key(.enter)
        XCTAssertNil(driver.state.agenda)
        XCTAssertEqual(driver.state.accounts.selectedID, book.lapsedID)
        // Esc gives the strip's keys back.
        driver.keys(.char("K"), .escape)
        XCTAssertNil(driver.state.kpiFocus)
        XCTAssertEqual(driver.state.keyContexts, [.accounts, .list, .dashboard, .global])
    }

    func testListNamesATileAndTheListHoldsExactlyWhatItCounts() throws {
        let book = try AgendaBook(today: today)
        let database = book.database
        // Two more initiatives: one at risk and updated today, one blocked.
        for (title, status) in [("Data move", InitiativeStatus.atRisk), ("Portal", .blocked)] {
            _ = try database.apply(.addInitiative(Initiative(
                accountID: book.buildID, title: title, objective: "", owner: "", status: .onTrack, progress: 0, dueDate: nil)), at: BookFixture.clockTime)
            let id = try XCTUnwrap(try database.initiatives(accountID: book.buildID).first { $0.title == title }?.id)
            for _ in 0..<(status == .atRisk ? 1 : 2) {  // on track → at risk → blocked
                _ = try database.apply(.stepStatus(initiativeID: id, forward: true), at: BookFixture.clockTime)
            }
        }
        let driver = Driver(database: database, today: today)
        driver.key(.char(":"))
        driver.type("list at")
        driver.key(.enter)
        XCTAssertEqual(driver.state.agenda?.list, .atRisk)
        XCTAssertEqual(driver.state.agenda?.items.map(\.item.reason), ["Data move: at risk"], "updated today: at risk, not forgotten")
        XCTAssertEqual(driver.state.agenda?.items.count, driver.state.kpis.initiatives.atRisk)
        driver.key(.char(":"))
        driver.type("list blocked")
        driver.key(.enter)
        XCTAssertEqual(driver.state.agenda?.items.map(\.item.reason), ["Portal: blocked"])
        driver.key(.char(":"))
        driver.type("list to-contact")
        driver.key(.enter)
        XCTAssertEqual(shown(driver), ["follow-up Follow Co"])
        XCTAssertEqual(driver.state.agenda?.items.count, driver.state.kpis.needingContact)
        driver.key(.char(":"))
        driver.type("list nothing")
        driver.key(.enter)
        XCTAssertEqual(driver.state.message?.text, ":list needs one of at-risk, blocked, late, to-contact, renewals")
    }
}
