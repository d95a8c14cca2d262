import Foundation
import RapportCore
import RapportStore
import RapportViewModel
import XCTest

final class EditingFlowTests: XCTestCase {
    func type(_ text: String, into viewModel: ViewModel) {
        for character in text { viewModel.handle(.char(character)) }
    }

    func testNewAccountFormSavesSelectsAndCanBeUndone() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.char("n"))
        XCTAssertEqual(viewModel.state.mode, .form)
        XCTAssertEqual(viewModel.state.edit?.purpose, .newAccount)
        type("Zephyr Labs", into: viewModel)
        viewModel.handle(.tab)
        type("Software", into: viewModel)
        for _ in 0..<4 { viewModel.handle(.tab) }  // region, tier, owner, ARR
        type("1.2M", into: viewModel)
        viewModel.handle(.tab)
        type("+30d", into: viewModel)
        viewModel.handle(.enter)

        XCTAssertEqual(viewModel.state.mode, .normal)
        XCTAssertNil(viewModel.state.edit)
        XCTAssertEqual(viewModel.state.message, StatusMessage("Saved account Zephyr Labs", kind: .success))
        let saved = try XCTUnwrap(try book.database.accounts().first { $0.name == "Zephyr Labs" })
        XCTAssertEqual(saved.industry, "Software")
        XCTAssertEqual(saved.annualRecurringRevenue, .major(1_200_000))
        XCTAssertEqual(saved.renewalDate, BookFixture.today.adding(days: 30))
        XCTAssertEqual(viewModel.state.overviews.count, 5)
        XCTAssertEqual(viewModel.state.selectedOverview?.account, saved, "the new account is selected")
        XCTAssertEqual(viewModel.state.kpis.accountCount, 5)

        viewModel.handle(.char("u"))
        XCTAssertEqual(viewModel.state.overviews.count, 4)
        XCTAssertEqual(viewModel.state.message, StatusMessage("Undone: added account Zephyr Labs", kind: .success))
    }

    func testInvalidValuesNeverReachTheStore() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.char("n"))
        for _ in 0..<5 { viewModel.handle(.tab) }
        type("lots", into: viewModel)  // ARR
        viewModel.handle(.tab)
        type("2026-02-30", into: viewModel)  // renewal
        viewModel.handle(.tab)
        type("0", into: viewModel)  // cadence
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.mode, .form)
        let form = try XCTUnwrap(viewModel.state.edit?.form)
        XCTAssertEqual(form.error(for: "name"), "required")
        XCTAssertNotNil(form.error(for: "arr"))
        XCTAssertEqual(form.error(for: "renewal"), "'2026-02-30' is not a date — use 2026-12-15, +7d, fri or next month")
        XCTAssertNotNil(form.error(for: "cadence"))
        XCTAssertEqual(form.focusedField?.id, "name", "the first field with a problem gets the cursor")
        XCTAssertEqual(viewModel.state.message, StatusMessage("Fix the fields marked in red", kind: .error))
        XCTAssertEqual(try book.database.accountCount(), 4)

        viewModel.handle(.escape)
        XCTAssertEqual(viewModel.state.mode, .normal)
        XCTAssertNil(viewModel.state.edit)
        XCTAssertEqual(viewModel.state.message, StatusMessage("Cancelled — nothing saved", kind: .info))
        XCTAssertEqual(try book.database.accountCount(), 4)
    }

    func testDeletingAnAccountAsksNamingWhatGoesWithIt() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.char("d"))
        XCTAssertEqual(viewModel.state.mode, .confirm)
        XCTAssertEqual(
            viewModel.state.confirmation,
            Confirmation(question: "Delete the account Acme Corp with 2 initiatives and 25 monthly metrics?", action: .deleteAccount(book.acme)))
        viewModel.handle(.char("n"))
        XCTAssertEqual(viewModel.state.mode, .normal)
        XCTAssertEqual(try book.database.accountCount(), 4)

        viewModel.handle(.char("d"))
        viewModel.handle(.char("y"))
        XCTAssertEqual(try book.database.accountCount(), 3)
        XCTAssertEqual(viewModel.state.overviews.count, 3)
        XCTAssertEqual(viewModel.state.message, StatusMessage("Deleted account Acme Corp — u undoes it", kind: .success))
        XCTAssertEqual(viewModel.state.selectedOverview?.account, book.bluefin)

        viewModel.handle(.char("u"))
        XCTAssertEqual(try book.database.initiatives(accountID: XCTUnwrap(book.acme.id)).count, 2)
        XCTAssertEqual(viewModel.state.overviews.count, 4)
    }

    func testLoggingAnInteractionUpdatesLastContactedAndTheFollowUp() throws {
        let book = try BookFixture()
        let acmeID = try XCTUnwrap(book.acme.id)
        let ada = try book.database.addContact(
            Contact(accountID: acmeID, name: "Ada", title: "CFO", email: "", phone: "", role: .sponsor, influence: 5, sentiment: .friendly, isMainContact: true),
            at: BookFixture.clockTime)
        let viewModel = try book.makeViewModel()
        XCTAssertNil(viewModel.state.selectedOverview?.relationship.lastContact)
        viewModel.handle(.char("l"))
        XCTAssertEqual(viewModel.state.edit?.form.focusedField?.id, "summary")
        type("Renewal call", into: viewModel)
        viewModel.handle(.tab)
        type("Send the quote", into: viewModel)
        viewModel.handle(.tab)
        type("+7d", into: viewModel)
        viewModel.handle(.enter)

        XCTAssertEqual(viewModel.state.mode, .normal)
        let logged = try book.database.interactions(accountID: acmeID)
        XCTAssertEqual(logged.count, 1)
        XCTAssertEqual(logged.first?.summary, "Renewal call")
        XCTAssertEqual(logged.first?.nextStep, "Send the quote")
        XCTAssertEqual(logged.first?.date, BookFixture.today)
        XCTAssertEqual(logged.first?.contactIDs, [try XCTUnwrap(ada.id)], "the main contact is ticked by default")
        XCTAssertEqual(viewModel.state.selectedOverview?.relationship.lastContact, BookFixture.today)
        XCTAssertEqual(viewModel.state.selectedOverview?.account.nextFollowUp, BookFixture.today.adding(days: 7))

        viewModel.handle(.char("u"))
        XCTAssertEqual(try book.database.interactions(accountID: acmeID), [])
        XCTAssertNil(viewModel.state.selectedOverview?.relationship.lastContact)
        XCTAssertNil(viewModel.state.selectedOverview?.account.nextFollowUp)
    }

    func testEditingAnInteractionRewritesItsContactsAndCanBeUndone() throws {
        let book = try BookFixture()
        let acmeID = try XCTUnwrap(book.acme.id)
        let ada = try book.database.addContact(
            Contact(accountID: acmeID, name: "Ada", title: "", email: "", phone: "", role: .sponsor, influence: 5, sentiment: .friendly, isMainContact: true),
            at: BookFixture.clockTime)
        let bo = try book.database.addContact(
            Contact(accountID: acmeID, name: "Bo", title: "", email: "", phone: "", role: .champion, influence: 3, sentiment: .neutral, isMainContact: false),
            at: BookFixture.clockTime)
        let logged = try book.database.logInteraction(
            Interaction(accountID: acmeID, kind: .call, date: BookFixture.today.adding(days: -2), contactIDs: [try XCTUnwrap(ada.id)], summary: "Intro"),
            nextFollowUp: nil, at: BookFixture.clockTime)
        let viewModel = try book.makeViewModel()
        viewModel.handle(.enter)
        viewModel.handle(.tab)
        viewModel.handle(.tab)
        XCTAssertEqual(viewModel.state.detail?.section, .timeline)
        XCTAssertEqual(viewModel.state.detail?.selectedInteraction, logged)
        viewModel.handle(.char("e"))
        XCTAssertEqual(viewModel.state.edit?.form.title, "Edit interaction")
        viewModel.handle(.ctrl("u"))  // clear the summary
        type("Intro and pricing", into: viewModel)
        for _ in 0..<3 { viewModel.handle(.tab) }  // next step, with Ada, with Bo
        viewModel.handle(.char(" "))
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.mode, .normal, "\(String(describing: viewModel.state.message))")
        let saved = try XCTUnwrap(try book.database.interactions(accountID: acmeID).first)
        XCTAssertEqual(saved.summary, "Intro and pricing")
        XCTAssertEqual(saved.contactIDs, [try XCTUnwrap(ada.id), try XCTUnwrap(bo.id)])
        viewModel.handle(.char("u"))
        XCTAssertEqual(try book.database.interactions(accountID: acmeID), [logged])
        XCTAssertEqual(viewModel.state.detail?.interactions, [logged])
    }

    func testDeletingTheMainContactAsksWhoTakesOver() throws {
        let book = try BookFixture()
        let acmeID = try XCTUnwrap(book.acme.id)
        func add(_ name: String, main: Bool) throws -> Contact {
            try book.database.addContact(
                Contact(accountID: acmeID, name: name, title: "", email: "", phone: "", role: .user, influence: 3, sentiment: .neutral, isMainContact: main),
                at: BookFixture.clockTime)
        }
        let ada = try add("Ada", main: true)
        _ = try add("Bo", main: false)
        let cy = try add("Cy", main: false)
        let viewModel = try book.makeViewModel()
        viewModel.handle(.enter)
        viewModel.handle(.tab)  // contacts
        XCTAssertEqual(viewModel.state.detail?.selectedContact, ada)
        viewModel.handle(.char("d"))
        XCTAssertEqual(viewModel.state.mode, .form)
        XCTAssertEqual(viewModel.state.edit?.form.title, "Ada is the main point of contact")
        viewModel.handle(.right)  // Bo → Cy
        viewModel.handle(.enter)
        XCTAssertEqual(try book.database.contacts(accountID: acmeID).filter(\.isMainContact).map(\.name), ["Cy"])
        XCTAssertEqual(viewModel.state.detail?.contacts.map(\.name), ["Bo", "Cy"])
        XCTAssertEqual(viewModel.state.message, StatusMessage("Deleted contact Ada; \(cy.name) is now the main contact — u undoes it", kind: .success))
    }

    func testAStoreRefusalKeepsTheFormOpenWithTheReason() throws {
        let book = try BookFixture()
        let acmeID = try XCTUnwrap(book.acme.id)
        let boss = try book.database.addContact(
            Contact(accountID: acmeID, name: "Boss", title: "", email: "", phone: "", role: .sponsor, influence: 5, sentiment: .neutral, isMainContact: true),
            at: BookFixture.clockTime)
        _ = try book.database.addContact(
            Contact(accountID: acmeID, name: "Report", title: "", email: "", phone: "", role: .user, influence: 2, sentiment: .neutral, isMainContact: false, reportsToID: boss.id),
            at: BookFixture.clockTime)
        let viewModel = try book.makeViewModel()
        viewModel.handle(.enter)
        viewModel.handle(.tab)
        viewModel.handle(.char("e"))  // edit Boss
        for _ in 0..<8 { viewModel.handle(.tab) }  // reports to
        XCTAssertEqual(viewModel.state.edit?.form.focusedField?.id, "reportsTo")
        viewModel.handle(.right)  // Boss reports to Report: a loop
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.mode, .form)
        XCTAssertEqual(viewModel.state.message, StatusMessage("Not saved: reports to: that would make a reporting loop", kind: .error))
        XCTAssertNil(try book.database.contacts(accountID: acmeID).first { $0.name == "Boss" }?.reportsToID)
    }
}

final class ExternalEditorFlowTests: XCTestCase {
    func testNotesRoundTripThroughTheEditorRequest() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.char("E"))
        XCTAssertEqual(viewModel.state.editorRequest, EditorRequest(accountID: try XCTUnwrap(book.acme.id), text: "", title: "Acme Corp"))
        viewModel.perform(.editorFinished("Prefers email\u{1B}[31m\nCall after 3pm\n\n"))
        XCTAssertNil(viewModel.state.editorRequest)
        XCTAssertEqual(try book.database.account(id: XCTUnwrap(book.acme.id))?.notes, "Prefers email\nCall after 3pm")
        XCTAssertEqual(viewModel.state.selectedOverview?.account.notes, "Prefers email\nCall after 3pm")
        XCTAssertEqual(viewModel.state.message, StatusMessage("Saved the notes of Acme Corp", kind: .success))

        viewModel.handle(.char("E"))
        viewModel.perform(.editorFinished(nil))
        XCTAssertEqual(viewModel.state.message, StatusMessage("The editor failed or was cancelled — notes unchanged", kind: .error))
        viewModel.handle(.char("E"))
        viewModel.perform(.editorFinished(String(repeating: "x", count: 6000)))
        XCTAssertEqual(viewModel.state.message, StatusMessage("Notes not saved: at most 5000 characters", kind: .error))
        XCTAssertEqual(try book.database.account(id: XCTUnwrap(book.acme.id))?.notes, "Prefers email\nCall after 3pm")
        viewModel.handle(.char("u"))
        XCTAssertEqual(try book.database.account(id: XCTUnwrap(book.acme.id))?.notes, "")
    }
}

final class RecordFormTests: XCTestCase {
    func type(_ text: String, into viewModel: ViewModel) {
        for character in text { viewModel.handle(.char(character)) }
    }

    func testNewContactAndNewInitiativeFromTheDetailView() throws {
        let book = try BookFixture()
        let acmeID = try XCTUnwrap(book.acme.id)
        let viewModel = try book.makeViewModel()
        viewModel.handle(.enter)
        viewModel.handle(.tab)  // contacts
        viewModel.handle(.char("n"))
        XCTAssertEqual(viewModel.state.edit?.purpose, .newContact(accountID: acmeID))
        type("Grace Hopper", into: viewModel)
        viewModel.handle(.tab)
        type("CTO", into: viewModel)
        viewModel.handle(.tab)
        type("not-an-email", into: viewModel)
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.edit?.form.error(for: "email"), "not an email address")
        viewModel.handle(.ctrl("u"))
        type("grace@acme.example", into: viewModel)
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.mode, .normal)
        let contact = try XCTUnwrap(try book.database.contacts(accountID: acmeID).first)
        XCTAssertEqual(contact.name, "Grace Hopper")
        XCTAssertEqual(contact.title, "CTO")
        XCTAssertTrue(contact.isMainContact, "the first contact is the main one")
        XCTAssertEqual(viewModel.state.detail?.contacts, [contact])
        XCTAssertEqual(viewModel.state.selectedOverview?.relationship.roles, [.user])

        viewModel.handle(.tab)
        viewModel.handle(.tab)  // initiatives
        viewModel.handle(.char("n"))
        type("Data migration", into: viewModel)
        for _ in 0..<4 { viewModel.handle(.tab) }  // objective, owner, status, progress
        viewModel.handle(.ctrl("u"))
        type("150", into: viewModel)
        viewModel.handle(.tab)
        type("next month", into: viewModel)
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.edit?.form.error(for: "progress"), "a whole number from 0 to 100")
        XCTAssertEqual(viewModel.state.edit?.form.focusedField?.id, "progress", "the cursor goes to the problem")
        viewModel.handle(.ctrl("u"))
        type("10", into: viewModel)
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.mode, .normal)
        let initiatives = try book.database.initiatives(accountID: acmeID)
        let added = try XCTUnwrap(initiatives.first { $0.title == "Data migration" })
        XCTAssertEqual(added.progress, 10)
        XCTAssertEqual(added.owner, "Dana Whitfield", "the account owner by default")
        XCTAssertEqual(added.dueDate, Day(year: 2026, month: 12, day: 1))
        XCTAssertEqual(viewModel.state.initiatives.count, 3)
        XCTAssertEqual(viewModel.state.selectedOverview?.initiatives.total, 3)
    }
}

final class OpportunityFlowTests: XCTestCase {
    func testNewOpportunityShowsInThePipelineAndTheMetricsFigures() throws {
        let book = try BookFixture()
        let acmeID = try XCTUnwrap(book.acme.id)
        let viewModel = try book.makeViewModel()
        viewModel.handle(.enter)
        for _ in 0..<4 { viewModel.handle(.tab) }
        XCTAssertEqual(viewModel.state.detail?.section, .pipeline)
        viewModel.handle(.char("n"))
        XCTAssertEqual(viewModel.state.edit?.purpose, .newOpportunity(accountID: acmeID))
        for character in "Second plant" { viewModel.handle(.char(character)) }
        viewModel.handle(.tab)
        viewModel.handle(.tab)
        for character in "80k" { viewModel.handle(.char(character)) }
        viewModel.handle(.tab)
        viewModel.handle(.ctrl("u"))
        for character in "25" { viewModel.handle(.char(character)) }
        viewModel.handle(.tab)
        for character in "+20d" { viewModel.handle(.char(character)) }
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.mode, .normal, "\(String(describing: viewModel.state.edit?.form.fields.compactMap(\.error)))")
        let saved = try XCTUnwrap(try book.database.opportunities(accountID: acmeID).first)
        XCTAssertEqual(saved.amount, .major(80_000))
        XCTAssertEqual(saved.probability, 25)
        XCTAssertEqual(saved.expectedClose, BookFixture.today.adding(days: 20))
        XCTAssertEqual(viewModel.state.detail?.opportunities, [saved])
        let figures = PipelineFigures(opportunities: viewModel.state.detail?.opportunities ?? [], period: viewModel.state.period)
        XCTAssertEqual(figures.weighted, .major(20_000))
    }
}

final class MetricEntryTests: XCTestCase {
    func testRecordAMetricTheUserNamesAndStepThroughMetrics() throws {
        let book = try BookFixture()
        let acmeID = try XCTUnwrap(book.acme.id)
        let viewModel = try book.makeViewModel()
        viewModel.handle(.enter)
        viewModel.handle(.backTab)  // metrics
        XCTAssertEqual(viewModel.state.detail?.metricNames, ["revenue"])
        viewModel.handle(.char("m"))
        XCTAssertEqual(viewModel.state.message?.kind, .info, "only revenue so far")
        viewModel.handle(.char("n"))
        XCTAssertEqual(viewModel.state.edit?.purpose, .recordMetric(accountID: acmeID))
        for _ in 0..<2 { viewModel.handle(.backTab) }  // metric name
        viewModel.handle(.ctrl("u"))
        for character in "NPS" { viewModel.handle(.char(character)) }
        for _ in 0..<2 { viewModel.handle(.tab) }  // actual
        for character in "lots" { viewModel.handle(.char(character)) }
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.edit?.form.error(for: "actual"), "'lots' is not a number")
        viewModel.handle(.ctrl("u"))
        for character in "42" { viewModel.handle(.char(character)) }
        viewModel.handle(.tab)
        for character in "50" { viewModel.handle(.char(character)) }
        viewModel.handle(.enter)
        XCTAssertEqual(viewModel.state.mode, .normal)
        let month = BookFixture.today.yearMonth
        XCTAssertEqual(
            try book.database.metricPoints(accountID: acmeID, metric: "nps", in: MonthRange(first: month, last: month)),
            [MetricPoint(accountID: acmeID, metric: "nps", month: month, actual: 42, target: 50)])
        XCTAssertEqual(viewModel.state.detail?.metricNames, ["revenue", "nps"])
        viewModel.handle(.char("m"))
        XCTAssertEqual(viewModel.state.detail?.metric, "nps")
        XCTAssertEqual(viewModel.state.detail?.points.map(\.actual), [42])
        viewModel.handle(.char("m"))
        XCTAssertEqual(viewModel.state.detail?.metric, "revenue")
        viewModel.handle(.char("u"))
        XCTAssertEqual(try book.database.metricPoints(accountID: acmeID, metric: "nps", in: MonthRange(first: month, last: month)), [])
    }
}
