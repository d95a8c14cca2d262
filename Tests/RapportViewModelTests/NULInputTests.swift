import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// NUL cuts text short wherever a C string carries it (SQLite's text binding among them), so
/// none typed, pasted or brought back from $EDITOR may reach a write.
final class NULInputTests: XCTestCase {
    private func containsNUL(_ account: Account) -> Bool {
        [account.name, account.industry, account.region, account.owner, account.notes].contains { $0.unicodeScalars.contains("\0") }
    }

    func testNULTypedOrPastedIntoAFormNeverReachesTheIntent() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("n"))
        driver.type("Nu")
        driver.key(.char("\0"))
        driver.key(.paste("ll\0 Labs"))
        driver.key(.tab)
        driver.key(.paste("\0Soft\0ware\0"))
        let saved = step(dashboard.viewModel, key: .enter)
        let added = saved.effects.compactMap { effect -> Account? in
            if case .write(_, .addAccount(let account)) = effect { return account }
            return nil
        }
        XCTAssertEqual(added.map(\.name), ["Null Labs"], "\(saved.effects)")
        XCTAssertEqual(added.map(\.industry), ["Software"])
        XCTAssertFalse(added.contains(where: containsNUL))
    }

    func testNULLeftByTheEditorNeverReachesTheIntent() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("E"))
        let finished = step(dashboard.viewModel, .editorFinished("first\0 line\nsecond\0\n"))
        let edited = finished.effects.compactMap { effect -> Account? in
            if case .write(_, .editAccount(let edit)) = effect { return edit.edited }
            return nil
        }
        XCTAssertEqual(edited.map(\.notes), ["first line\nsecond"], "\(finished.effects)")
        XCTAssertFalse(edited.contains(where: containsNUL))
    }
}
