import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// New, edit and delete an account, through the forms and the question before a delete.
final class AccountFormFlowTests: XCTestCase {
    func testNOpensAnEmptyAccountFormAndAsksForNothing() throws {
        let dashboard = try Dashboard()
        var expected = dashboard.state
        let open = step(dashboard.viewModel, key: .char("n"))
        expected.overlay = .form(FormSession(form: .account(AccountForm(editing: nil))))
        XCTAssertEqual(open.state, expected)
        XCTAssertEqual(open.effects, [])
        XCTAssertEqual(open.state.accountForm?.state.title, "New account")
        XCTAssertEqual(open.state.keyContexts, [.form])
    }

    func testNewAccountFormSavesSelectsTheAccountAndCanBeUndone() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("n"))
        driver.type("Zephyr Labs")
        driver.key(.tab)
        driver.type("Software")
        for _ in 0..<4 { driver.key(.tab) }  // region, tier, owner, ARR
        driver.type("1.2M")
        driver.key(.tab)
        driver.type("+30d")
        driver.key(.enter)

        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.message, StatusMessage("Saved account Zephyr Labs", kind: .success))
        let saved = try XCTUnwrap(try dashboard.database.accounts().first { $0.name == "Zephyr Labs" })
        XCTAssertEqual(saved.industry, "Software")
        XCTAssertEqual(saved.annualRecurringRevenue, .major(1_200_000))
        XCTAssertEqual(saved.renewalDate, BookFixture.today.adding(days: 30))
        XCTAssertEqual(saved.tier, .midMarket, "the default tier")
        XCTAssertEqual(driver.state.accounts.totalCount, 5)
        XCTAssertEqual(driver.state.accounts.selectedID, saved.id, "the new account is selected")
        XCTAssertEqual(driver.state.focused.overview?.account, saved)
        XCTAssertEqual(driver.state.kpis.accountCount, 5)

        driver.key(.char("u"))
        XCTAssertEqual(driver.state.message, StatusMessage("Undone: added account Zephyr Labs", kind: .success))
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(driver.state.kpis.accountCount, 4)
        XCTAssertNil(try dashboard.database.account(id: XCTUnwrap(saved.id)))
    }

    func testInvalidValuesNeverReachTheStore() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("n"))
        for _ in 0..<5 { driver.key(.tab) }
        driver.type("lots")  // ARR
        driver.key(.tab)
        driver.type("2026-02-30")  // renewal
        driver.key(.tab)
        driver.type("0")  // cadence
        let before = driver.effects.count
        driver.key(.enter)
        XCTAssertEqual(driver.effects.count, before, "nothing asked of the store")
        let form = try XCTUnwrap(driver.state.accountForm?.state)
        XCTAssertEqual(form.error(for: .name), "required")
        XCTAssertEqual(form.error(for: .arr), "not an amount — use 1,250,000, 1.2M, 950k or $12,400.50")
        XCTAssertEqual(form.error(for: .renewal), "'2026-02-30' is not a date — use 2026-12-15, +7d, fri or next month")
        XCTAssertEqual(form.error(for: .cadence), "a whole number from 1 to 365")
        XCTAssertEqual(form.focusedField?.id, .name, "the first field with a problem gets the cursor")
        XCTAssertEqual(driver.state.message, StatusMessage("Fix the fields marked in red", kind: .error))
        XCTAssertEqual(try dashboard.database.accountCount(), 4)

        driver.key(.escape)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.message, StatusMessage("Cancelled — nothing saved", kind: .info))
        XCTAssertEqual(try dashboard.database.accountCount(), 4)
    }

    func testEditingTheAccountSavesOnlyWhatChanged() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("e"))
        XCTAssertEqual(dashboard.state.accountForm?.state.title, "Edit account")
        XCTAssertEqual(dashboard.state.accountForm?.state.value(.arr), dashboard.book.acme.annualRecurringRevenue.full)
        dashboard.driver.key(.enter)
        XCTAssertNil(dashboard.state.overlay)
        XCTAssertEqual(dashboard.state.message, StatusMessage("No changes to save", kind: .info))
        XCTAssertEqual(try dashboard.database.account(id: XCTUnwrap(dashboard.book.acme.id)), dashboard.book.acme)

        dashboard.driver.keys(.char("e"), .tab, .tab)
        dashboard.driver.key(.ctrl("u"))
        dashboard.driver.type("EMEA")
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved account Acme Corp", kind: .success))
        XCTAssertEqual(try dashboard.database.account(id: XCTUnwrap(dashboard.book.acme.id))?.region, "EMEA")
        XCTAssertEqual(dashboard.state.accounts.selectedEntry?.summary.region, "EMEA")
    }

    func testDeletingAnAccountAsksNamingWhatGoesWithIt() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let ask = step(driver.viewModel, key: .char("d"))
        XCTAssertEqual(ask.effects, [.load(.deletionImpact(accountID: acmeID))], "the question waits for what goes with it")
        XCTAssertEqual(ask.state, driver.state)

        driver.key(.char("d"))
        XCTAssertEqual(
            driver.state.confirmation,
            Confirmation(question: "Delete the account Acme Corp with 2 initiatives and 25 monthly metrics?", action: .deleteAccount(dashboard.book.acme)))
        XCTAssertEqual(driver.state.keyContexts, [.confirm])
        driver.key(.char("n"))
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.message, StatusMessage("Nothing deleted", kind: .info))
        XCTAssertEqual(try dashboard.database.accountCount(), 4)

        driver.keys(.char("d"), .escape)
        XCTAssertEqual(try dashboard.database.accountCount(), 4, "Esc keeps it too")
        driver.key(.char("d"))
        let yes = step(driver.viewModel, key: .char("y"))
        XCTAssertEqual(yes.effects, [.write(id: 1, .removeAccount(id: acmeID))])
        driver.key(.char("y"))
        XCTAssertEqual(try dashboard.database.accountCount(), 3)
        XCTAssertEqual(driver.state.accountNames, ["Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(driver.state.message, StatusMessage("Deleted account Acme Corp — u undoes it", kind: .success))
        XCTAssertEqual(driver.state.focused.overview?.account, dashboard.book.bluefin)

        driver.key(.char("u"))
        XCTAssertEqual(try dashboard.database.initiatives(accountID: acmeID).count, 2)
        XCTAssertEqual(driver.state.accounts.totalCount, 4)
        XCTAssertEqual(driver.state.accounts.selectedID, acmeID, "undo shows what it restored")
    }

    func testDeletingFromTheDetailViewClosesIt() throws {
        let dashboard = try Dashboard()
        dashboard.driver.keys(.enter, .char("d"))
        XCTAssertNotNil(dashboard.state.confirmation)
        dashboard.driver.key(.enter)
        XCTAssertNil(dashboard.state.detail)
        XCTAssertEqual(try dashboard.database.accountCount(), 3)
    }
}
