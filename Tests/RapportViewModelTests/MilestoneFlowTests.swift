import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// An initiative's read view lists its milestones: `n` adds one, Space ticks one off, `E`
/// edits, `d` deletes, Tab moves between them; progress that follows milestones moves with them.
final class MilestoneFlowTests: XCTestCase {
    /// Portal rollout (40%) made to follow its milestones, read in full from the dashboard.
    private func readingPortal(_ driver: Driver, database: AppDatabase, portal: Initiative, follows: Bool = true) throws {
        var following = portal
        following.progressFollowsMilestones = follows
        _ = try database.apply(.editInitiative(RecordEdit(original: portal, edited: following)), at: BookFixture.clockTime)
        driver.send(.changedElsewhere)
        driver.keys(.tab, .char("j"), .enter)
    }

    private func addMilestone(_ driver: Driver, _ title: String, due: String = "") {
        driver.key(.char("n"))
        driver.type(title)
        if !due.isEmpty {
            driver.key(.tab)
            driver.type(due)
        }
        driver.key(.enter)
    }

    func testNAddsAMilestoneAndTheReadViewComesBackShowingIt() throws {
        let dashboard = try Dashboard()
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        try readingPortal(dashboard.driver, database: dashboard.database, portal: dashboard.book.portal)
        XCTAssertEqual(dashboard.state.readPlan?.milestones, [])
        // When n opens the milestone form, it is titled for the initiative and returns to the read view
        let opened = step(dashboard.viewModel, key: .char("n"))
        XCTAssertEqual(opened.state.formSession?.title, FormTitle(action: "New milestone", subjects: ["Acme Corp"]))
        XCTAssertEqual(opened.state.formSession?.returnsTo, RecordReading(.initiative, id: portalID))
        addMilestone(dashboard.driver, "Pilot site live", due: "2026-12-01")
        // Then it is stored, the read view is back and shows it
        XCTAssertEqual(dashboard.state.overlay, .reading(RecordReading(.initiative, id: portalID)))
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved milestone Pilot site live to Portal rollout", kind: .success))
        let stored = try dashboard.database.milestones(initiativeID: portalID)
        XCTAssertEqual(stored.map(\.title), ["Pilot site live"])
        XCTAssertEqual(stored.map(\.dueDate), [Day(iso: "2026-12-01")])
        XCTAssertEqual(dashboard.state.readPlan?.milestones, stored)
        // Progress follows its one open milestone: 0%
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 0)
        // Esc on the form goes back to the read view too, nothing saved
        dashboard.driver.keys(.char("n"), .escape)
        XCTAssertEqual(dashboard.state.overlay, .reading(RecordReading(.initiative, id: portalID)))
        XCTAssertEqual(try dashboard.database.milestones(initiativeID: portalID).count, 1)
    }

    func testSpaceTicksOffTheSelectedMilestoneAndProgressFollows() throws {
        let dashboard = try Dashboard()
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        try readingPortal(dashboard.driver, database: dashboard.database, portal: dashboard.book.portal)
        for title in ["Design", "Build", "Launch", "Review"] { addMilestone(dashboard.driver, title) }
        XCTAssertEqual(dashboard.state.selectedMilestone?.title, "Design")
        // Tab moves to Build; Space ticks it off today
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.selectedMilestone?.title, "Build")
        let build = try XCTUnwrap(dashboard.state.selectedMilestone?.id)
        let ticked = step(dashboard.viewModel, key: .char(" "))
        XCTAssertEqual(ticked.effects, [.write(id: 5, .toggleMilestone(id: build, on: BookFixture.today))])
        dashboard.driver.key(.char(" "))
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved: milestone Build done", kind: .success))
        XCTAssertEqual(try dashboard.database.milestone(id: build)?.doneOn, BookFixture.today)
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 25)
        XCTAssertEqual(dashboard.state.readRecord.flatMap { if case .initiative(let item) = $0 { return item.progress } else { return nil } }, 25)
        XCTAssertEqual(dashboard.state.readPlan?.milestones.map(\.isDone), [false, true, false, false])
        XCTAssertEqual(dashboard.state.readPlan?.history.first.map { [$0.previousProgress, $0.progress] }, [0, 25], "recorded in the history")
        // Shift-Tab wraps back to the last; E edits it
        dashboard.driver.keys(.backTab, .backTab)
        XCTAssertEqual(dashboard.state.selectedMilestone?.title, "Review")
        dashboard.driver.key(.char("E"))
        XCTAssertEqual(dashboard.state.formSession?.title, FormTitle(action: "Edit milestone", subjects: ["Review", "Acme Corp"]))
        dashboard.driver.type(" with sponsor")
        dashboard.driver.key(.enter)
        XCTAssertEqual(try dashboard.database.milestones(initiativeID: portalID).map(\.title), ["Design", "Build", "Launch", "Review with sponsor"])
        // d deletes it: one of three done
        dashboard.driver.key(.char("d"))
        XCTAssertEqual(dashboard.state.message, StatusMessage("Deleted milestone Review with sponsor — u undoes it", kind: .success))
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 33)
        XCTAssertEqual(dashboard.state.selectedMilestone?.title, "Launch", "the cursor stays within the list")
        // Closed, u undoes the delete, then the edit, then the tick
        dashboard.driver.keys(.escape, .char("u"), .char("u"), .char("u"))
        XCTAssertEqual(try dashboard.database.milestones(initiativeID: portalID).map(\.isDone), [false, false, false, false])
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 0)
    }

    func testWithoutMilestonesSpaceSaysHowToAddOne() throws {
        let dashboard = try Dashboard()
        try readingPortal(dashboard.driver, database: dashboard.database, portal: dashboard.book.portal, follows: false)
        let before = dashboard.state
        dashboard.driver.key(.char(" "))
        XCTAssertEqual(dashboard.state.message, StatusMessage("No milestone yet — n adds one", kind: .info))
        XCTAssertEqual(dashboard.state.overlay, before.overlay)
    }

    func testTwoWindowsTickingOffDifferentMilestonesBothCount() throws {
        let store = try SharedStore(self)
        let portal = store.book.portal
        let portalID = try XCTUnwrap(portal.id)
        var following = portal
        following.progressFollowsMilestones = true
        _ = try store.book.database.apply(.editInitiative(RecordEdit(original: portal, edited: following)), at: BookFixture.clockTime)
        for title in ["A", "B"] {
            _ = try store.book.database.apply(.addMilestone(Milestone(initiativeID: portalID, title: title, dueDate: nil, position: 0)), at: BookFixture.clockTime)
        }
        let a = try store.window(self)
        let b = try store.window(self)
        for window in [a, b] { window.keys(.tab, .char("j"), .enter) }
        // A ticks off A; B, which has not read since, ticks off B
        a.key(.char(" "))
        b.keys(.tab, .char(" "))
        XCTAssertEqual(try store.book.database.initiative(id: portalID)?.progress, 100, "both count: two of two")
        XCTAssertEqual(b.state.readPlan?.milestones.map(\.isDone), [true, true])
        // Each undoes only its own tick
        b.keys(.escape, .char("u"))
        XCTAssertEqual(try store.book.database.milestones(initiativeID: portalID).map(\.isDone), [true, false])
        XCTAssertEqual(try store.book.database.initiative(id: portalID)?.progress, 50)
    }
}

/// `s` in an initiative's read view picks its stakeholders among the account's contacts.
final class StakeholderFlowTests: XCTestCase {
    func testSPicksInternalAndExternalStakeholders() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        for (name, main) in [("Ada Lovelace", true), ("Bo Berg", false)] {
            _ = try dashboard.database.apply(.addContact(Contact(
                accountID: dashboard.book.portal.accountID, name: name, title: "", email: "", phone: "", role: .user, influence: 3,
                sentiment: .neutral, isMainContact: main)), at: BookFixture.clockTime)
        }
        let contacts = try dashboard.database.contacts(accountID: dashboard.book.portal.accountID)
        XCTAssertEqual(contacts.count, 2)
        driver.send(.changedElsewhere)
        driver.keys(.tab, .char("j"), .enter)
        // From the dashboard the contacts are read first, then the form opens over the read view
        let asked = step(driver.viewModel, key: .char("s"))
        XCTAssertEqual(asked.effects, [.load(.contacts(accountID: dashboard.book.portal.accountID))])
        driver.key(.char("s"))
        guard case .stakeholders(let form) = driver.state.formSession?.form else { return XCTFail("no stakeholder form") }
        XCTAssertEqual(form.state.fields.map(\.label), contacts.map(\.name))
        XCTAssertEqual(driver.state.formSession?.title, FormTitle(action: "Stakeholders", subjects: ["Portal rollout", "Acme Corp"]))
        // The first contact external (two steps right), the second internal (one)
        driver.keys(.right, .right, .tab, .right, .enter)
        let expected = [
            InitiativeStakeholder(initiativeID: portalID, contactID: try XCTUnwrap(contacts[0].id), audience: .external),
            InitiativeStakeholder(initiativeID: portalID, contactID: try XCTUnwrap(contacts[1].id), audience: .internal),
        ].sorted { $0.contactID < $1.contactID }
        XCTAssertEqual(try dashboard.database.stakeholders(initiativeID: portalID), expected)
        XCTAssertEqual(driver.state.overlay, .reading(RecordReading(.initiative, id: portalID)))
        XCTAssertEqual(driver.state.readPlan?.stakeholders, expected)
        XCTAssertEqual(driver.state.readPlan?.contactNames[try XCTUnwrap(contacts[0].id)], contacts[0].name)
        // Opened again, the form shows them as stored
        driver.key(.char("s"))
        guard case .stakeholders(let again) = driver.state.formSession?.form else { return XCTFail("no stakeholder form") }
        XCTAssertEqual(again.state.choice(.contact(0)), 2)
        XCTAssertEqual(again.state.choice(.contact(1)), 1)
    }
}
