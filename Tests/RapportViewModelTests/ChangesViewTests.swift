import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// "What changed": `w` or `:changes [since]` lists the book's changes by account; Enter goes
/// to the entry's account.
final class ChangesViewTests: XCTestCase {
    private func changesView(_ state: AppState) -> ChangesView? {
        guard case .changes(let view) = state.overlay else { return nil }
        return view
    }

    func testWListsTheWeeksChangesByAccountAndEnterGoesToOne() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        // Given changes to two accounts this window made
        driver.keys(.tab, .char("+"), .char("j"), .char("+"), .tab)
        // When w opens the view, it reads the week's changes
        let opened = step(driver.viewModel, key: .char("w"))
        let since = BookFixture.today.adding(days: -7)
        XCTAssertEqual(opened.effects, [.load(.changes(since: since, perAccount: ChangesView.perAccount, limit: ChangesView.limit))])
        XCTAssertEqual(changesView(opened.state), ChangesView(since: since))
        XCTAssertEqual(opened.state.keyContexts, [.changes])
        driver.key(.char("w"))
        let view = try XCTUnwrap(changesView(driver.state))
        let entries = try XCTUnwrap(view.entries)
        // Then the store's answer is shown as read: grouped by account, newest first
        XCTAssertEqual(entries, try dashboard.database.changes(since: since, perAccount: ChangesView.perAccount, limit: ChangesView.limit))
        let acme = entries.filter { $0.accountID == dashboard.book.acme.id }.map(\.description)
        XCTAssertEqual(Array(acme.prefix(2)), ["Portal rollout progress 40% → 45%", "API migration progress 20% → 25%"])
        // And j moves the cursor; Enter closes the view and selects that entry's account
        driver.key(.char("j"))
        XCTAssertEqual(changesView(driver.state)?.cursor, 1)
        let chosen = try XCTUnwrap(changesView(driver.state)?.selected)
        let chosenID = try XCTUnwrap(chosen.accountID)
        let went = step(driver.viewModel, key: .enter)
        XCTAssertNil(went.state.overlay)
        XCTAssertEqual(went.state.message, StatusMessage("Went to \(chosen.accountName)", kind: .info))
        XCTAssertEqual(went.effects, [.load(.accountPage(reloadRequest(around: chosenID)))])
        driver.key(.enter)
        XCTAssertEqual(driver.state.accounts.selectedID, chosenID)
        // Esc closes it
        driver.keys(.char("w"), .escape)
        XCTAssertNil(driver.state.overlay)
    }

    func testChangesTakesADateOrASpan() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.char(":"))
        driver.type("changes 2w")
        driver.key(.enter)
        XCTAssertEqual(changesView(driver.state)?.since, BookFixture.today.adding(days: -14))
        driver.keys(.escape, .char(":"))
        driver.type("changes 2026-11-01")
        driver.key(.enter)
        XCTAssertEqual(changesView(driver.state)?.since, Day(iso: "2026-11-01"))
        driver.keys(.escape, .char(":"))
        driver.type("changes")
        driver.key(.enter)
        XCTAssertEqual(changesView(driver.state)?.since, BookFixture.today.adding(days: -7), "a week ago by default")
        driver.keys(.escape, .char(":"))
        driver.type("changes soon")
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.message, StatusMessage(":changes: “soon” is not a date, nor a span such as 7d or 2w", kind: .error))
    }
}
