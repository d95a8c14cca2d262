import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Two copies of Rapport on one store file: each applies its changes to the stored rows, not to
/// what its screen last showed, and undoes only its own.
final class TwoWindowsTests: XCTestCase {
    func testBumpsAddUpAndEachWindowUndoesOnlyItsOwn() throws {
        let store = try SharedStore(self)
        let portalID = try XCTUnwrap(store.book.portal.id)
        let a = try store.window(self)
        let b = try store.window(self)
        for window in [a, b] {
            window.keys(.tab, .char("j"))
            XCTAssertEqual(window.state.selectedInitiative?.progress, 40)
        }
        a.keys(.char("+"), .char("+"), .char("+"))
        XCTAssertEqual(a.state.selectedInitiative?.progress, 55)
        XCTAssertEqual(b.state.selectedInitiative?.progress, 40, "B has not read since")

        let plus = step(b.viewModel, key: .char("+"))
        XCTAssertEqual(plus.effects, [.write(id: 1, .bumpProgress(initiativeID: portalID, by: 5))], "a delta, not B's 40 + 5")
        b.key(.char("+"))
        XCTAssertEqual(try store.book.database.initiative(id: portalID)?.progress, 60)
        XCTAssertEqual(b.state.selectedInitiative?.progress, 60)
        XCTAssertEqual(b.state.message, StatusMessage("Saved: Portal rollout progress 55% → 60%", kind: .success))
        let latest = try XCTUnwrap(try store.book.database.progressUpdates(initiativeID: portalID).first)
        XCTAssertEqual([latest.previousProgress, latest.progress], [55, 60])

        b.key(.char("u"))
        XCTAssertEqual(b.state.message, StatusMessage("Undone: Portal rollout progress 55% → 60%", kind: .success))
        XCTAssertEqual(try store.book.database.initiative(id: portalID)?.progress, 55)
        XCTAssertEqual(b.state.selectedInitiative?.progress, 55)
        b.key(.char("u"))
        XCTAssertEqual(b.state.message, StatusMessage("Nothing to undo", kind: .info), "A's changes are not B's to undo")
        XCTAssertEqual(try store.book.database.initiative(id: portalID)?.progress, 55)
    }

    func testAnUndoOvertakenByTheOtherWindowWritesNothing() throws {
        let store = try SharedStore(self)
        let portalID = try XCTUnwrap(store.book.portal.id)
        let a = try store.window(self)
        let b = try store.window(self)
        a.keys(.tab, .char("j"), .char("+"))
        b.keys(.tab, .char("j"), .char("+"))
        XCTAssertEqual(try store.book.database.initiative(id: portalID)?.progress, 50)

        a.key(.char("u"))
        XCTAssertEqual(
            a.state.message,
            StatusMessage(
                "Not undone: Portal rollout progress 40% → 45% — it was changed since, elsewhere; that change is kept — reloaded",
                kind: .error))
        XCTAssertEqual(try store.book.database.initiative(id: portalID)?.progress, 50)
        XCTAssertEqual(a.state.selectedInitiative?.progress, 50, "A reads again and shows what is stored")
    }

    func testTwoFormsOnOneAccountConflictOnlyWhereTheyMeet() throws {
        let store = try SharedStore(self)
        let acmeID = try XCTUnwrap(store.book.acme.id)
        let a = try store.window(self)
        let b = try store.window(self)
        a.key(.char("e"))
        b.key(.char("e"))
        a.key(.ctrl("u"))
        a.type("Acme Industries")
        a.key(.enter)
        XCTAssertNil(a.state.overlay)
        XCTAssertEqual(a.state.message, StatusMessage("Saved account Acme Industries", kind: .success))

        b.keys(.tab, .ctrl("u"))
        b.type("Robotics")
        b.key(.enter)
        let conflict = try XCTUnwrap(b.state.formSession?.conflict)
        XCTAssertEqual(conflict.changedElsewhere, ["name"])
        XCTAssertEqual(conflict.changedHere, ["industry"])
        XCTAssertEqual(conflict.overlapping, [])
        XCTAssertEqual(b.state.message, StatusMessage("Account Acme Industries was changed elsewhere since you opened this form (name)", kind: .error))
        XCTAssertEqual(try store.book.database.account(id: acmeID)?.industry, "Manufacturing", "nothing written yet")

        b.key(.char("o"))
        XCTAssertNil(b.state.overlay)
        let saved = try XCTUnwrap(try store.book.database.account(id: acmeID))
        XCTAssertEqual(saved.name, "Acme Industries", "A's name is kept")
        XCTAssertEqual(saved.industry, "Robotics", "B's industry is saved")
        XCTAssertEqual(b.state.focused.overview?.account, saved)

        // A sees B's change once it reads again.
        a.send(.changedElsewhere)
        XCTAssertEqual(a.state.focused.overview?.account, saved)
    }
}
