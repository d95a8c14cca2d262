import Foundation
import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// A form shows stored text through the text policy (an escape sequence dropped whole, a NUL
/// shown as ␦, spaces at the ends trimmed). Saving the form after editing another field must
/// not store that cleaned copy over the stored value: a field nobody touched keeps its bytes.
final class UneditedFieldTests: XCTestCase {
    func testSavingAFormKeepsTheStoredBytesOfEveryFieldNotEdited() throws {
        // Given an account another program wrote with an escape sequence in its name and
        // spaces around its region
        let dashboard = try Dashboard()
        let hostileName = "Evil\u{1B}]0;owned title\u{07} Corp"
        let account = Account(
            name: hostileName, industry: "Retail", region: "  EMEA ", tier: .enterprise, owner: "ann\u{202E}x",
            annualRecurringRevenue: .major(1_000), renewalDate: nil)
        let saved = try dashboard.database.apply(.addAccount(account), at: BookFixture.clockTime)
        guard case .saved(let summary) = saved, let id = summary.focusAccountID else { return XCTFail("\(saved)") }
        let driver = dashboard.driver
        driver.send(.changedElsewhere)
        var steps = 0
        while driver.state.accounts.entries[driver.state.accounts.selected].summary.id != id && steps < 10 {
            driver.key(.char("j"))
            steps += 1
        }
        // When its form is opened, only the industry is changed, and it is saved
        driver.key(.char("e"))
        XCTAssertEqual(driver.state.accountForm?.state.value(.name), "Evil Corp", "the form shows the cleaned name")
        XCTAssertEqual(driver.state.accountForm?.original?.id, id)
        driver.keys(.tab)
        driver.key(.ctrl("u"))
        driver.type("Wholesale")
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay, "\(String(describing: driver.state.message))")
        // Then the industry changed and every other field kept its stored bytes
        let stored = try XCTUnwrap(dashboard.database.account(id: id))
        XCTAssertEqual(stored.industry, "Wholesale")
        XCTAssertEqual(stored.name, hostileName)
        XCTAssertEqual(stored.region, "  EMEA ")
        XCTAssertEqual(stored.owner, "ann\u{202E}x")
    }

    func testNotesHandedBackUnchangedByTheEditorAreNotRewritten() throws {
        // Given notes another program wrote with an escape sequence in them
        let dashboard = try Dashboard()
        let acme = dashboard.book.acme
        var edited = acme
        edited.notes = "Renewal call \u{1B}[31mURGENT\u{1B}[0m\nsecond line"
        _ = try dashboard.database.apply(.editAccount(RecordEdit(original: acme, edited: edited)), at: BookFixture.clockTime)
        dashboard.driver.send(.changedElsewhere)
        // When the editor hands them back as they were (with the newline editors add)
        dashboard.driver.key(.char("E"))
        let request = try XCTUnwrap(dashboard.state.editing)
        let finished = step(dashboard.viewModel, .editorFinished(request.text + "\n"))
        // Then nothing is written
        XCTAssertEqual(finished.effects, [])
        XCTAssertEqual(finished.state.message, StatusMessage("Notes unchanged", kind: .info))
    }
}
