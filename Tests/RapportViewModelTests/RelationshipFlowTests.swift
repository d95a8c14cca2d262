import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Contacts and the timeline: logging what happened, who takes over from the main contact, and
/// the store refusing what would break its rules.
final class RelationshipFlowTests: XCTestCase {
    func testLoggingAnInteractionReadsTheContactsThenSetsLastContactAndTheFollowUp() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let ada = try dashboard.database.addContact("Ada", to: dashboard.book.acme, role: .sponsor, main: true)
        dashboard.driver.send(.changedElsewhere)
        let driver = dashboard.driver
        XCTAssertNil(driver.state.focused.overview?.relationship.lastContact)

        let log = step(driver.viewModel, key: .char("l"))
        XCTAssertEqual(log.effects, [.load(.contacts(accountID: acmeID))], "from the list the contacts are read first")
        XCTAssertNil(log.state.overlay)
        driver.key(.char("l"))
        let form = try XCTUnwrap(driver.state.interactionForm)
        XCTAssertEqual(form.state.title, "Log an interaction")
        XCTAssertEqual(form.state.focusedField?.id, .summary)
        XCTAssertEqual(form.contacts, [ada])
        XCTAssertTrue(form.state.isOn(.with(0)), "the main contact is ticked by default")

        driver.type("Renewal call")
        driver.key(.tab)
        driver.type("Send the quote")
        driver.key(.tab)
        driver.type("+7d")
        driver.key(.enter)

        XCTAssertNil(driver.state.overlay)
        let logged = try dashboard.database.interactions(accountID: acmeID)
        XCTAssertEqual(logged.count, 1)
        XCTAssertEqual(logged.first?.summary, "Renewal call")
        XCTAssertEqual(logged.first?.nextStep, "Send the quote")
        XCTAssertEqual(logged.first?.date, BookFixture.today)
        XCTAssertEqual(logged.first?.contactIDs, [try XCTUnwrap(ada.id)])
        XCTAssertEqual(driver.state.focused.overview?.relationship.lastContact, BookFixture.today)
        XCTAssertEqual(driver.state.focused.overview?.account.nextFollowUp, BookFixture.today.adding(days: 7))

        driver.key(.char("u"))
        XCTAssertEqual(try dashboard.database.interactions(accountID: acmeID), [])
        XCTAssertNil(driver.state.focused.overview?.relationship.lastContact)
        XCTAssertNil(driver.state.focused.overview?.account.nextFollowUp)
    }

    func testInTheDetailViewLogOpensTheFormAtOnce() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.enter)
        for key: Key in [.char("l")] {
            let log = step(dashboard.viewModel, key: key)
            XCTAssertEqual(log.effects, [])
            XCTAssertEqual(log.state.interactionForm?.state.title, "Log an interaction")
        }
        dashboard.driver.keys(.tab, .tab)
        XCTAssertEqual(dashboard.state.detail?.section, .timeline)
        XCTAssertEqual(step(dashboard.viewModel, key: .char("n")).state.interactionForm?.state.title, "Log an interaction")
    }

    func testEditingAnInteractionRewritesItsContactsAndCanBeUndone() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let ada = try dashboard.database.addContact("Ada", to: dashboard.book.acme, role: .sponsor, main: true)
        let bo = try dashboard.database.addContact("Bo", to: dashboard.book.acme, role: .champion)
        let logged = try dashboard.database.logInteraction(
            Interaction(accountID: acmeID, kind: .call, date: BookFixture.today.adding(days: -2), contactIDs: [try XCTUnwrap(ada.id)], summary: "Intro"))
        let driver = dashboard.driver
        driver.keys(.enter, .tab, .tab)
        XCTAssertEqual(driver.state.detail?.section, .timeline)
        XCTAssertEqual(driver.state.detail?.selectedInteraction, logged)
        driver.key(.char("e"))
        XCTAssertEqual(driver.state.interactionForm?.state.title, "Edit interaction")
        XCTAssertNil(driver.state.interactionForm?.state.field(.followUp), "the follow-up belongs to a new interaction only")
        driver.key(.ctrl("u"))  // clear the summary
        driver.type("Intro and pricing")
        for _ in 0..<3 { driver.key(.tab) }  // next step, with Ada, with Bo
        driver.key(.char(" "))
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay, "\(String(describing: driver.state.message))")
        let saved = try XCTUnwrap(try dashboard.database.interactions(accountID: acmeID).first)
        XCTAssertEqual(saved.summary, "Intro and pricing")
        XCTAssertEqual(saved.contactIDs, [try XCTUnwrap(ada.id), try XCTUnwrap(bo.id)])
        XCTAssertEqual(driver.state.detail?.interactions, [saved])

        driver.key(.char("u"))
        XCTAssertEqual(try dashboard.database.interactions(accountID: acmeID).map(\.summary), ["Intro"])
        XCTAssertEqual(driver.state.detail?.interactions.map(\.contactIDs), [[try XCTUnwrap(ada.id)]])
    }

    func testDeletingTheMainContactAsksWhoTakesOver() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let ada = try dashboard.database.addContact("Ada", to: dashboard.book.acme, main: true)
        let bo = try dashboard.database.addContact("Bo", to: dashboard.book.acme)
        let cy = try dashboard.database.addContact("Cy", to: dashboard.book.acme)
        let driver = dashboard.driver
        driver.keys(.enter, .tab)  // contacts
        XCTAssertEqual(driver.state.detail?.selectedContact, ada)
        let delete = step(driver.viewModel, key: .char("d"))
        XCTAssertEqual(delete.effects, [])
        XCTAssertEqual(delete.state.successorForm, SuccessorForm(replacing: ada, candidates: [bo, cy]))
        driver.key(.char("d"))
        XCTAssertEqual(driver.state.successorForm?.state.title, "Ada is the main point of contact")
        driver.key(.right)  // Bo → Cy
        driver.key(.enter)
        XCTAssertEqual(try dashboard.database.contacts(accountID: acmeID).filter(\.isMainContact).map(\.name), ["Cy"])
        XCTAssertEqual(driver.state.detail?.contacts.map(\.name), ["Bo", "Cy"])
        XCTAssertEqual(driver.state.message, StatusMessage("Deleted contact Ada; Cy is now the main contact — u undoes it", kind: .success))

        driver.key(.char("u"))
        XCTAssertEqual(try dashboard.database.contacts(accountID: acmeID).filter(\.isMainContact).map(\.name), ["Ada"])
        XCTAssertEqual(driver.state.detail?.contacts.map(\.name), ["Ada", "Bo", "Cy"])
    }

    func testOtherDeletesAskNamingWhatGoes() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        _ = try dashboard.database.addContact("Ada", to: dashboard.book.acme, main: true)
        let bo = try dashboard.database.addContact("Bo", to: dashboard.book.acme)
        let call = try dashboard.database.logInteraction(
            Interaction(accountID: acmeID, kind: .call, date: BookFixture.today, summary: "Kick-off"))
        let driver = dashboard.driver
        driver.keys(.enter, .tab, .char("j"), .char("d"))
        XCTAssertEqual(driver.state.confirmation, Confirmation(question: "Delete the contact Bo?", action: .deleteContact(bo)))
        driver.key(.char("y"))
        XCTAssertEqual(try dashboard.database.contacts(accountID: acmeID).map(\.name), ["Ada"])

        driver.keys(.tab, .char("d"))
        XCTAssertEqual(driver.state.confirmation, Confirmation(question: "Delete the call of 2026-11-18 (Kick-off)?", action: .deleteInteraction(call)))
        driver.key(.char("n"))

        driver.key(.tab)  // initiatives
        let migrationID = try XCTUnwrap(dashboard.book.migration.id)
        let ask = step(driver.viewModel, key: .char("d"))
        XCTAssertEqual(ask.effects, [.load(.progressHistoryCount(initiativeID: migrationID))])
        driver.keys(.char("+"), .char("d"))
        XCTAssertEqual(driver.state.confirmation?.question, "Delete the initiative API migration with its 1 progress update?")
        driver.key(.char("y"))
        XCTAssertEqual(try dashboard.database.initiatives(accountID: acmeID), [dashboard.book.portal])
        XCTAssertEqual(driver.state.detail?.initiatives, [dashboard.book.portal])
        XCTAssertEqual(driver.state.message, StatusMessage("Deleted initiative API migration — u undoes it", kind: .success))
    }

    func testAStoreRefusalKeepsTheFormOpenWithTheReason() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let boss = try dashboard.database.addContact("Boss", to: dashboard.book.acme, role: .sponsor, main: true)
        _ = try dashboard.database.addContact("Report", to: dashboard.book.acme, reportsTo: boss.id)
        let driver = dashboard.driver
        driver.keys(.enter, .tab, .char("e"))  // edit Boss
        for _ in 0..<8 { driver.key(.tab) }  // reports to
        XCTAssertEqual(driver.state.contactForm?.state.focusedField?.id, .reportsTo)
        driver.key(.right)  // Boss reports to Report: a loop
        driver.key(.enter)
        XCTAssertNotNil(driver.state.contactForm)
        XCTAssertNil(driver.state.formSession?.savingWriteID, "keys work again")
        XCTAssertEqual(driver.state.message, StatusMessage("Not saved: reports to: that would make a reporting loop", kind: .error))
        XCTAssertNil(try dashboard.database.contacts(accountID: acmeID).first { $0.name == "Boss" }?.reportsToID)
    }

    func testNewContactFromTheDetailViewBecomesTheMainContact() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let driver = dashboard.driver
        driver.keys(.enter, .tab, .char("n"))
        XCTAssertEqual(driver.state.contactForm?.accountID, acmeID)
        driver.type("Grace Hopper")
        driver.key(.tab)
        driver.type("CTO")
        driver.key(.tab)
        driver.type("not-an-email")
        driver.key(.enter)
        XCTAssertEqual(driver.state.contactForm?.state.error(for: .email), "not an email address")
        driver.key(.ctrl("u"))
        driver.type("grace@acme.example")
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay)
        let contact = try XCTUnwrap(try dashboard.database.contacts(accountID: acmeID).first)
        XCTAssertEqual(contact.name, "Grace Hopper")
        XCTAssertEqual(contact.title, "CTO")
        XCTAssertTrue(contact.isMainContact, "the first contact is the main one")
        XCTAssertEqual(driver.state.detail?.contacts, [contact])
        XCTAssertEqual(driver.state.focused.overview?.relationship.roles, [.user])
    }

    func testAPasteIsTextInAFormAndIgnoredOnTheDashboard() throws {
        let dashboard = try Dashboard()
        let stray = step(dashboard.viewModel, key: .paste("q\n"))
        XCTAssertEqual(stray.state, dashboard.state, "a stray paste does not quit or move")
        XCTAssertEqual(stray.effects, [])
        dashboard.driver.key(.char("n"))
        dashboard.driver.key(.paste("Two\nLines"))
        XCTAssertEqual(dashboard.state.accountForm?.state.value(.name), "Two Lines")
    }
}
