import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// What a write's outcome does to the screen: a conflict keeps the form, a lock keeps the
/// change pending, an overtaken undo and another program's change read the screen again.
final class WriteOutcomeTests: XCTestCase {
    /// Acme's edit form open with the industry changed, while the account is renamed elsewhere.
    func conflictingAccountEdit() throws -> (dashboard: Dashboard, renamed: Account) {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("e"))
        XCTAssertEqual(dashboard.state.accountForm?.original, dashboard.book.acme)
        dashboard.driver.keys(.tab, .ctrl("u"))
        dashboard.driver.type("Robotics")
        var renamed = dashboard.book.acme
        renamed.name = "Acme Industries"
        _ = try dashboard.database.apply(.editAccount(RecordEdit(original: dashboard.book.acme, edited: renamed)), at: BookFixture.clockTime)
        return (dashboard, try XCTUnwrap(try dashboard.database.account(id: XCTUnwrap(dashboard.book.acme.id))))
    }

    func testAConflictKeepsTheFormOpenAndNamesTheFieldsChangedElsewhere() throws {
        let (dashboard, stored) = try conflictingAccountEdit()
        var viewModel = dashboard.viewModel
        let save = viewModel.send(.key(.enter))
        guard case .write(let id, let intent) = save.first, save.count == 1 else { return XCTFail("\(save)") }
        var edited = dashboard.book.acme
        edited.industry = "Robotics"
        XCTAssertEqual(intent, .editAccount(RecordEdit(original: dashboard.book.acme, edited: edited)))
        XCTAssertEqual(viewModel.state.formSession?.savingWriteID, id)
        let saving = viewModel.state

        let outcome = try dashboard.database.apply(intent, at: BookFixture.clockTime)
        let answered = step(viewModel, .written(id: id, .success(outcome)))
        let conflict = EditConflict(subject: "account Acme Industries", changedElsewhere: ["name"], changedHere: ["industry"], stored: .account(stored))
        XCTAssertEqual(outcome, .conflict(conflict))
        var expected = saving
        var session = try XCTUnwrap(saving.formSession)
        session.savingWriteID = nil
        session.conflict = conflict
        expected.overlay = .form(session)
        expected.writes.inFlight = [:]
        expected.message = StatusMessage("Account Acme Industries was changed elsewhere since you opened this form (name)", kind: .error)
        XCTAssertEqual(answered.state, expected)
        XCTAssertEqual(answered.effects, [])
        XCTAssertEqual(answered.state.keyContexts, [.conflict])
        XCTAssertEqual(try dashboard.database.account(id: XCTUnwrap(dashboard.book.acme.id))?.industry, "Manufacturing")
    }

    func testOverwriteSavesAgainOverTheOtherChangeKeepingItsFields() throws {
        let (dashboard, _) = try conflictingAccountEdit()
        dashboard.driver.key(.enter)
        let inConflict = dashboard.state
        XCTAssertNotNil(inConflict.formSession?.conflict)

        let overwrite = step(dashboard.viewModel, key: .char("o"))
        var edited = dashboard.book.acme
        edited.industry = "Robotics"
        XCTAssertEqual(overwrite.effects, [.write(id: 2, .editAccount(RecordEdit(original: dashboard.book.acme, edited: edited, overwriting: true)))])
        XCTAssertNil(overwrite.state.formSession?.conflict)
        XCTAssertEqual(overwrite.state.formSession?.savingWriteID, 2)

        dashboard.driver.key(.char("o"))
        XCTAssertNil(dashboard.state.overlay)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved account Acme Industries", kind: .success))
        let saved = try XCTUnwrap(try dashboard.database.account(id: XCTUnwrap(dashboard.book.acme.id)))
        XCTAssertEqual(saved.name, "Acme Industries", "the other change survives")
        XCTAssertEqual(saved.industry, "Robotics")
        XCTAssertEqual(dashboard.state.focused.overview?.account, saved)
    }

    func testReloadTakesWhatIsStoredAndEscGoesBackToTheForm() throws {
        let (dashboard, stored) = try conflictingAccountEdit()
        dashboard.driver.key(.enter)
        let inConflict = dashboard.state
        let conflictedForm = try XCTUnwrap(inConflict.formSession?.form)

        let reload = step(dashboard.viewModel, key: .char("r"))
        var expected = inConflict
        var reloaded = FormSession(form: .account(AccountForm(editing: stored)))
        reloaded.title = FormTitle(action: "Edit account", subjects: ["Acme Industries"])
        expected.overlay = .form(reloaded)
        expected.message = StatusMessage("Reloaded account Acme Industries as stored now — your changes were dropped", kind: .info)
        XCTAssertEqual(reload.state, expected)
        XCTAssertEqual(reload.effects, [])
        XCTAssertEqual(reload.state.accountForm?.state.value(.name), "Acme Industries")
        XCTAssertEqual(reload.state.accountForm?.state.value(.industry), "Manufacturing")

        let back = step(dashboard.viewModel, key: .escape)
        expected = inConflict
        var backToForm = FormSession(form: conflictedForm)
        backToForm.title = FormTitle(action: "Edit account", subjects: ["Acme Corp"])
        expected.overlay = .form(backToForm)
        expected.message = StatusMessage("Back to the form — saving now asks again", kind: .info)
        XCTAssertEqual(back.state, expected)
        XCTAssertEqual(back.effects, [])
        XCTAssertEqual(back.state.keyContexts, [.form])

        // Saving again asks again: the form still holds the version it opened.
        dashboard.driver.keys(.escape, .enter)
        XCTAssertNotNil(dashboard.state.formSession?.conflict)
        XCTAssertEqual(try dashboard.database.account(id: XCTUnwrap(dashboard.book.acme.id))?.industry, "Manufacturing")
    }

    func testALockedStoreKeepsTheChangePendingAndQuitWarnsOnce() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.tab, .char("j"))
        driver.holdsWrites = true
        driver.key(.char("+"))
        var expected = dashboard.state
        let waiting = StatusMessage(
            "The store is locked by another program — your change is waiting and will be saved when it is free", kind: .info)
        XCTAssertEqual(driver.state.message, waiting)
        XCTAssertEqual(driver.state.writes.inFlight, [1: "progress of Portal rollout"])
        XCTAssertTrue(driver.state.writes.waitingForLock)
        XCTAssertEqual(driver.state.selectedInitiative?.progress, 40)
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 40)

        // A waiting report for a write already answered is ignored.
        XCTAssertEqual(step(driver.viewModel, .writeWaiting(id: 7)).state, expected)

        let firstQ = step(driver.viewModel, key: .char("q"))
        expected.isQuitting = true
        expected.noteableWriteID = nil  // a key ends the chance to note the change
        expected.message = StatusMessage("A change is still waiting for the store — q again quits without it", kind: .error)
        XCTAssertEqual(firstQ.state, expected)
        XCTAssertEqual(firstQ.effects, [], "not quitting yet")
        driver.key(.char("q"))
        XCTAssertEqual(step(driver.viewModel, key: .char("q")).effects, [.quit], "asked once: a second q quits")

        // The lock is released before the second q: the change is saved.
        driver.releaseWrites()
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 45)
        XCTAssertTrue(driver.state.writes.isEmpty)
        XCTAssertFalse(driver.state.writes.waitingForLock)
        XCTAssertEqual(driver.state.selectedInitiative?.progress, 45)
        XCTAssertFalse(driver.quit)
    }

    func testQuitWithNothingPendingQuitsAtOnce() throws {
        let dashboard = try Dashboard()
        XCTAssertEqual(step(dashboard.viewModel, key: .char("q")).effects, [.quit])
    }

    func testAnOvertakenUndoSaysWhyAndReadsAgain() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.tab)
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        var viewModel = dashboard.viewModel
        let reason = "Not undone: API migration progress 20% → 25% — it was changed since, elsewhere; that change is kept"
        _ = viewModel.send(.key(.char("u")))
        let id = 1
        let before = viewModel.state
        let answered = step(viewModel, .written(id: id, .success(.historyOvertaken(reason))))
        var expected = before
        expected.writes.inFlight = [:]
        expected.message = StatusMessage(reason + " — reloaded", kind: .error)
        XCTAssertEqual(answered.state, expected)
        XCTAssertEqual(answered.effects, [.load(.kpis), .load(.accountPage(reloadRequest(around: acmeID))), .load(.accountFocus(accountID: acmeID))])
    }

    func testAChangeElsewhereReadsWhatIsVisibleAgainAndSaysSo() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        var expected = dashboard.state
        let onDashboard = step(dashboard.viewModel, .changedElsewhere)
        expected.message = StatusMessage("Updated with changes made elsewhere", kind: .info)
        XCTAssertEqual(onDashboard.state, expected)
        XCTAssertEqual(onDashboard.effects, [.load(.kpis), .load(.accountPage(reloadRequest(around: acmeID))), .load(.accountFocus(accountID: acmeID))])

        dashboard.driver.key(.enter)
        XCTAssertEqual(step(dashboard.viewModel, .changedElsewhere).effects, [
            .load(.kpis), .load(.accountPage(reloadRequest(around: acmeID))), .load(.accountFocus(accountID: acmeID)),
            .load(.accountDetail(accountID: acmeID, metric: "revenue")),
        ])
        dashboard.driver.keys(.escape, .char("M"))
        XCTAssertEqual(step(dashboard.viewModel, .changedElsewhere).effects, [
            .load(.kpis), .load(.accountPage(reloadRequest(around: acmeID))), .load(.accountFocus(accountID: acmeID)),
            .load(.bookMetrics(metric: "revenue")), .load(.bookPipeline(dashboard.state.period)),
        ])

        // Through the driver: another connection's rename shows.
        var renamed = dashboard.book.acme
        renamed.name = "Acme Industries"
        _ = try dashboard.database.apply(.editAccount(RecordEdit(original: dashboard.book.acme, edited: renamed)), at: BookFixture.clockTime)
        dashboard.driver.send(.changedElsewhere)
        XCTAssertEqual(dashboard.state.accountNames.first, "Acme Industries")
        XCTAssertEqual(dashboard.state.focused.overview?.account.name, "Acme Industries")
    }

    func testADamagedStoreIsReadOnlyAndWritesNothing() throws {
        let dashboard = try Dashboard()
        dashboard.driver.send(.integrityChecked(problem: "page 7 is corrupt"))
        XCTAssertEqual(dashboard.state.readOnlyReason, "page 7 is corrupt")
        dashboard.driver.key(.tab)
        let plus = step(dashboard.viewModel, key: .char("+"))
        XCTAssertEqual(plus.effects, [])
        XCTAssertEqual(plus.state.message, StatusMessage("Not saved: this store is damaged (page 7 is corrupt) and read-only", kind: .error))
        XCTAssertEqual(step(dashboard.viewModel, .integrityChecked(problem: nil)).state, dashboard.state)
    }
}
