import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Undo and redo select and show the record they changed (issue 11, bug 8): "Ctrl-R after a
/// restart changed an account other than the one shown".
final class UndoRevealTests: XCTestCase {
    /// `+` on Acme's Portal rollout, then away to Cedar: `u` comes back to Acme, with the
    /// initiatives pane focused on Portal rollout, and Ctrl-R does the same from elsewhere.
    func testUndoAndRedoOnTheDashboardSelectTheAccountAndTheInitiative() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.tab, .char("j"), .char("+"))  // Portal rollout 40% → 45%
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 45)
        driver.keys(.tab, .char("j"), .char("j"))
        XCTAssertEqual(driver.state.accounts.selectedID, dashboard.book.cedar.id)
        XCTAssertEqual(driver.state.pane, .accounts)

        driver.key(.char("u"))
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 40)
        XCTAssertEqual(driver.state.accounts.selectedID, dashboard.book.acme.id, "the account the undo changed is selected")
        XCTAssertEqual(driver.state.focused.accountID, dashboard.book.acme.id)
        XCTAssertEqual(driver.state.pane, .initiatives)
        XCTAssertEqual(driver.state.focused.selectedInitiative?.id, dashboard.book.portal.id, "and the initiative it changed")
        XCTAssertNil(driver.state.focused.revealInitiativeID, "the reveal is used once")
        XCTAssertEqual(driver.state.message?.text, "Undone: Portal rollout progress 40% → 45%")

        driver.keys(.tab, .char("G"))
        XCTAssertNotEqual(driver.state.accounts.selectedID, dashboard.book.acme.id)
        driver.key(.ctrl("r"))
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 45)
        XCTAssertEqual(driver.state.accounts.selectedID, dashboard.book.acme.id)
        XCTAssertEqual(driver.state.pane, .initiatives)
        XCTAssertEqual(driver.state.focused.selectedInitiative?.id, dashboard.book.portal.id)
        XCTAssertEqual(driver.state.message?.text, "Redone: Portal rollout progress 40% → 45%")
    }

    /// The second initiative of an account is selected, not the first (the cursor really moves
    /// to the record; it is not left where the list starts).
    func testUndoSelectsTheInitiativeItChangedNotTheFirstOne() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.tab)
        let initiatives = driver.state.focused.initiatives
        XCTAssertEqual(initiatives.count, 2)
        driver.keys(.char("j"), .char("s"))  // the second one's status
        let changed = try XCTUnwrap(initiatives.last?.id)
        driver.keys(.char("k"), .tab, .char("j"))
        driver.key(.char("u"))
        XCTAssertEqual(driver.state.focused.selectedInitiative?.id, changed)
        XCTAssertEqual(driver.state.focused.initiativeSelected, 1)
    }

    /// In another account's detail view, undo turns the detail to the account it changed, on
    /// the section that shows the record, with the cursor on it.
    func testUndoInAnotherAccountsDetailShowsTheChangedAccountAndRecord() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.tab, .char("j"), .char("+"))
        driver.keys(.tab, .char("j"), .enter)  // Bluefin's detail
        XCTAssertEqual(driver.state.detail?.scope, .account(try XCTUnwrap(dashboard.book.bluefin.id)))

        driver.key(.char("u"))
        let detail = try XCTUnwrap(driver.state.detail)
        XCTAssertEqual(detail.scope, .account(try XCTUnwrap(dashboard.book.acme.id)))
        XCTAssertEqual(detail.section, .initiatives)
        XCTAssertEqual(detail.selectedInitiative?.id, dashboard.book.portal.id)
        XCTAssertEqual(detail.selectedInitiative?.progress, 40, "the detail shows the stored row after the undo")
        XCTAssertNil(detail.reveal)
        XCTAssertEqual(driver.state.accounts.selectedID, dashboard.book.acme.id, "Esc lands on the same account")
    }

    /// A record only the detail draws (a contact) opens the detail on its section, even from
    /// the dashboard.
    func testUndoOfADeletedContactOpensTheContactsWithTheContactSelected() throws {
        let dashboard = try Dashboard()
        _ = try dashboard.database.addContact("Ada", to: dashboard.book.acme, role: .sponsor, main: true)
        let bo = try dashboard.database.addContact("Bo", to: dashboard.book.acme, role: .champion)
        let driver = dashboard.driver
        driver.send(.changedElsewhere)
        driver.keys(.enter, .tab)  // Acme → Contacts
        XCTAssertEqual(driver.state.detail?.section, .contacts)
        driver.keys(.char("j"), .char("d"), .char("y"))
        XCTAssertEqual(try dashboard.database.contacts(accountID: try XCTUnwrap(dashboard.book.acme.id)).map(\.name), ["Ada"])
        driver.keys(.escape, .char("j"), .char("j"))
        XCTAssertNil(driver.state.detail)

        driver.key(.char("u"))
        let detail = try XCTUnwrap(driver.state.detail, "the contact is shown where contacts are drawn")
        XCTAssertEqual(detail.scope, .account(try XCTUnwrap(dashboard.book.acme.id)))
        XCTAssertEqual(detail.section, .contacts)
        XCTAssertEqual(detail.selectedContact?.id, bo.id)
        XCTAssertEqual(detail.selectedContact?.name, "Bo")
    }

    /// The store's summary of a change names the record, and undoing a change the list is not
    /// showing brings the account and that record into view.
    func testTheChangeSummaryNamesTheRecordAndUndoRevealsIt() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let outcome = try dashboard.database.apply(.bumpProgress(initiativeID: try XCTUnwrap(dashboard.book.roadmap.id), by: 5), at: BookFixture.clockTime)
        guard case .saved(let summary) = outcome else { return XCTFail("not saved: \(outcome)") }
        XCTAssertEqual(summary.record, .initiative(try XCTUnwrap(dashboard.book.roadmap.id)))
        XCTAssertEqual(summary.focusAccountID, dashboard.book.bluefin.id)
        driver.keys(.char("j"), .char("j"))
        driver.key(.char("u"))
        XCTAssertEqual(driver.state.accounts.selectedID, dashboard.book.bluefin.id)
        XCTAssertEqual(driver.state.focused.selectedInitiative?.id, dashboard.book.roadmap.id)
    }
}
