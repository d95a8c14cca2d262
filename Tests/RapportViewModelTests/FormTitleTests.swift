import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// A form's title names the action, then the record and its account.
final class FormTitleTests: XCTestCase {
    func testFormsNameTheirActionTheRecordAndTheAccount() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        XCTAssertEqual(driver.state.focused.overview?.account.name, "Acme Corp")

        driver.key(.char("l"))
        XCTAssertEqual(driver.state.formSession?.title, FormTitle(action: "Log an interaction", subjects: ["Acme Corp"]))
        XCTAssertEqual(driver.state.formSession?.title.description, "Log an interaction · Acme Corp")
        driver.key(.escape)

        driver.key(.char("e"))
        XCTAssertEqual(driver.state.formSession?.title, FormTitle(action: "Edit account", subjects: ["Acme Corp"]))
        driver.key(.escape)
        driver.key(.char("n"))
        XCTAssertEqual(driver.state.formSession?.title, FormTitle(action: "New account"), "a new account has no name yet")
        driver.key(.escape)

        driver.keys(.tab, .char("n"))
        XCTAssertEqual(driver.state.formSession?.title.description, "New initiative · Acme Corp")
        driver.keys(.escape, .tab)

        driver.keys(.enter, .tab, .char("n"))
        XCTAssertEqual(driver.state.formSession?.title.description, "New contact · Acme Corp")
        driver.keys(.escape, .backTab, .backTab)
        XCTAssertEqual(driver.state.detail?.section, .metrics)
        driver.key(.char("n"))
        XCTAssertEqual(driver.state.formSession?.title.description, "Record a month of Revenue · Acme Corp")
        driver.key(.escape)
        driver.key(.left)
        XCTAssertEqual(driver.state.detail?.section, .pipeline)
        driver.key(.char("n"))
        XCTAssertEqual(driver.state.formSession?.title.description, "New opportunity · Acme Corp")
    }

    func testEditingAnInteractionNamesItByKindAndDate() throws {
        let dashboard = try Dashboard()
        _ = try dashboard.database.logInteraction(Interaction(
            accountID: try XCTUnwrap(dashboard.book.acme.id), kind: .meeting, date: BookFixture.today, summary: "Kick-off"))
        let driver = dashboard.driver
        driver.keys(.enter, .tab, .tab, .char("e"))
        XCTAssertEqual(driver.state.formSession?.title.description, "Edit interaction · meeting of 2026-11-18 · Acme Corp")
    }
}
