import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// Interactions, initiatives and opportunities imported from CSV on a real SQLite, named by
/// their account; and the contact rules: an unknown account, and the main contact.
final class RecordImportTests: XCTestCase {
    func testInteractionsNameTheirContactsByNameOrEmailWithinTheAccount() throws {
        let database = try AppDatabase.empty()
        let acme = try database.addAccount("Acme Corp")
        let accountID = try XCTUnwrap(acme.id)
        let jane = try database.addContact("Jane Doe", to: accountID, main: true, email: "jane@acme.com")
        let ken = try database.addContact("Ken Sato", to: accountID, email: "ken@acme.com")
        let sheet = """
            Company,Date,Activity Type,With,Subject,Next Step
            Acme Corp,2026-03-04,Call,jane doe; KEN@acme.com,Kick-off of the rollout,Send the plan
            Acme Corp,13/03/2026,QBR,,Quarterly review,

            """
        let plan = try database.planSheet(sheet, kind: .interactions)
        XCTAssertEqual(plan.problems, [])
        XCTAssertEqual(plan.created.map(\.subject), ["call of 2026-03-04 (Acme Corp)", "business review of 2026-03-13 (Acme Corp)"])
        try database.save(.importRecords(plan.changes)).saved()
        let stored = try database.interactions(accountID: accountID).sorted { $0.date < $1.date }
        XCTAssertEqual(stored.map(\.kind), [.call, .businessReview])
        XCTAssertEqual(stored.map(\.summary), ["Kick-off of the rollout", "Quarterly review"])
        XCTAssertEqual(stored.first?.contactIDs.sorted(), [jane.id, ken.id].compactMap { $0 }.sorted())
        XCTAssertEqual(stored.first?.nextStep, "Send the plan")
        XCTAssertEqual(try database.planSheet(sheet, kind: .interactions).counts, "0 created, 0 updated, 2 unchanged")

        let unknown = try database.planSheet("Account,Date,Contacts,Summary\nAcme Corp,2026-03-06,Nobody Here,Hello\n", kind: .interactions)
        XCTAssertEqual(unknown.problems.map(\.description), [
            "line 2: no contact of Acme Corp is named 'Nobody Here' or has that email — import the contacts first, or correct the contacts column"
        ])
    }

    func testInitiativesMatchByTitleWithinTheirAccountAndUpdateWhatDiffers() throws {
        let database = try AppDatabase.empty()
        let acme = try database.addAccount("Acme Corp", owner: "Ann")
        let accountID = try XCTUnwrap(acme.id)
        let stored = try database.addInitiative("Onboarding revamp", to: accountID, status: .onTrack, progress: 40)
        let sheet = """
            Account,Initiative,Goal,Status,Progress,Due Date
            Acme Corp,ONBOARDING revamp,Cut onboarding to 12 days,at risk,55%,2026-06-30
            Acme Corp,SSO rollout,,not started,,

            """
        let plan = try database.planSheet(sheet, kind: .initiatives)
        XCTAssertEqual(plan.problems, [])
        XCTAssertEqual(plan.counts, "1 created, 1 updated, 0 unchanged")
        XCTAssertEqual(plan.updated.first?.line, 2)
        try database.save(.importRecords(plan.changes)).saved()
        let initiatives = try database.initiatives(accountID: accountID).sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        XCTAssertEqual(initiatives.count, 2)
        XCTAssertEqual(initiatives[0].id, stored.id)
        XCTAssertEqual(initiatives[0].title, "Onboarding revamp", "a title that differs only in case finds the initiative and does not rename it")
        XCTAssertEqual(initiatives[0].objective, "Cut onboarding to 12 days")
        XCTAssertEqual(initiatives[0].status, .atRisk)
        XCTAssertEqual(initiatives[0].progress, 55)
        XCTAssertEqual(initiatives[0].dueDate, Day.at(2026, 6, 30))
        XCTAssertEqual(initiatives[1].title, "SSO rollout")
        XCTAssertEqual(initiatives[1].status, .planned)
        XCTAssertEqual(initiatives[1].owner, "Ann", "a new initiative is owned by its account's owner, as in the form")
    }

    func testOpportunitiesReadAmountsAndCategoriesAndRefuseBadValuesWithWhereAndWhat() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(database.addAccount("Acme Corp").id)
        let sheet = """
            Account Name,Opportunity Name,Type,Amount,Probability (%),Close Date,Forecast Category,Stage
            Acme Corp,Renewal 2027,Renewal,"$120,000.50",90,2027-01-31,Commit,Negotiation
            Acme Corp,Analytics add-on,Expansion,25k,140,2026-09-30,Pipeline,
            Acme Corp,Data lake,New Business,lots,20,2026-10-31,Best Case,

            """
        let plan = try database.planSheet(sheet, kind: .opportunities)
        XCTAssertEqual(plan.problems.map(\.description), [
            "line 3, column 5 (Probability (%)): '140' — expected a probability from 0 to 100",
            "line 4, column 4 (Amount): 'lots' is not an amount — expected 1,250,000, $12,400.50, 1.234,50 € or 1.2M",
        ])
        XCTAssertEqual(plan.counts, "1 created, 0 updated, 0 unchanged, 2 invalid")
        try database.save(.importRecords(plan.changes)).saved()
        let stored = try database.opportunities(accountID: accountID)
        XCTAssertEqual(stored.map(\.name), ["Renewal 2027"])
        XCTAssertEqual(stored.first?.amount, Money(minorUnits: 12_000_050))
        XCTAssertEqual(stored.first?.category, .commit)
        XCTAssertEqual(stored.first?.kind, .renewal)
        XCTAssertEqual(stored.first?.stage, "Negotiation")
    }

    func testARecordForAnAccountNotInTheBookSaysToImportTheAccountsFirst() throws {
        let database = try AppDatabase.empty()
        _ = try database.addAccount("Acme Corp")
        let contacts = try database.planSheet("Name,Email,Company\nJane Doe,jane@acme.com,Acme Corp\nLi Wei,li@globex.com,Globex\n", kind: .contacts)
        XCTAssertEqual(contacts.problems.map(\.description), [
            "line 3: no account is named 'Globex' — import the accounts first (rapport import FILE --kind accounts), then this file; or correct the account column"
        ])
        let opportunities = try database.planSheet("Account,Name,Close Date\nAcme Crop,Renewal,2027-01-01\n", kind: .opportunities)
        XCTAssertEqual(opportunities.problems.map(\.description), [
            "line 2: no account is named 'Acme Crop'; did you mean 'Acme Corp'? — import the accounts first (rapport import FILE --kind accounts), or correct the account column"
        ])
    }

    func testAnImportCannotLeaveAnAccountWithoutAMainContact() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(database.addAccount("Acme Corp").id)
        _ = try database.addContact("Jane Doe", to: accountID, main: true, email: "jane@acme.com")
        _ = try database.addContact("Ken Sato", to: accountID, email: "ken@acme.com")
        let refused = try database.planSheet("Name,Email,Main Contact\nJane Doe,jane@acme.com,no\n", kind: .contacts)
        XCTAssertEqual(refused.problems.map(\.description), [
            "line 2: Jane Doe is the main contact of Acme Corp; main = no would leave the account without one — set main = yes on the contact who takes over, in this file"
        ])
        XCTAssertTrue(refused.changes.isEmpty)
        XCTAssertEqual(refused.updated, [])

        let handedOver = try database.planSheet("Name,Email,Main Contact\nJane Doe,jane@acme.com,no\nKen Sato,ken@acme.com,yes\n", kind: .contacts)
        XCTAssertEqual(handedOver.problems, [])
        try database.save(.importRecords(handedOver.changes)).saved()
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Ken Sato"])
    }

    func testAnIdNoRecordHasFallsBackToTheNameAndAnIdAloneIsRefused() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(database.addAccount("Acme Corp").id)
        let initiative = try database.addInitiative("Onboarding", to: accountID)
        let plan = try database.planSheet("ID,Account,Title,Progress\n900,Acme Corp,Onboarding,30\n901,Acme Corp,SSO,0\n902,,,\n", kind: .initiatives)
        XCTAssertEqual(plan.problems.map(\.description), ["line 4: no initiative has the Rapport id 902 — leave the id blank to create it"])
        XCTAssertEqual(plan.changes.initiativeEdits.map(\.original.id), [initiative.id])
        XCTAssertEqual(plan.changes.newInitiatives.map(\.id), [901], "created under the file's id, so the file imported again matches it")
    }
}

extension RecordImportTests {
    func testContactsReportToTheirManagersAndAnImportCannotMakeAReportingLoop() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(database.addAccount("Acme Corp").id)
        let jane = try database.addContact("Jane Doe", to: accountID, main: true, email: "jane@acme.com")
        let ken = try database.addContact("Ken Sato", to: accountID, reportsTo: jane.id, email: "ken@acme.com")
        let plan = try database.planSheet("Name,Email,Reports To\nLi Wei,li@acme.com,Ken Sato\n", kind: .contacts)
        XCTAssertEqual(plan.problems, [])
        XCTAssertEqual(plan.changes.newContacts.map(\.reportsToID), [ken.id])

        let loop = try database.planSheet("Name,Email,Reports To\nJane Doe,jane@acme.com,ken@acme.com\n", kind: .contacts)
        XCTAssertEqual(loop.problems.map(\.description), ["line 2: Jane Doe would report to themself through the reports-to chain — correct the reports-to column"])
        XCTAssertTrue(loop.changes.isEmpty)
    }
}
