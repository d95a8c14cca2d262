import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// The rules a write keeps: what a delete takes with it (and its undo brings back), one main
/// contact per account, no reporting loops, every change undoable on its own.
final class EditingTests: XCTestCase {
    let today = TestClock.today

    func testDeletingAnAccountCascadesAndUndoBringsEverythingBack() throws {
        // Given a demo book with some history on the first account
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 3, accountCount: 3, today: today))
        let account = try XCTUnwrap(try database.accounts().first)
        let id = try XCTUnwrap(account.id)
        let initiative = try XCTUnwrap(try database.initiatives(accountID: id).first)
        try database.save(.bumpProgress(initiativeID: XCTUnwrap(initiative.id), by: initiative.progress == 100 ? -5 : 5)).saved()
        let before = try database.dump()
        let kpisBefore = try database.kpis()
        let pageBefore = try database.accountPage(AccountPageRequest(sort: .health, anchor: .first, limit: 10))
        let impact = try database.deletionImpact(accountID: id)
        XCTAssertEqual(impact.contacts, try database.contacts(accountID: id).count)
        XCTAssertEqual(impact.interactions, try database.interactions(accountID: id).count)
        XCTAssertEqual(impact.opportunities, try database.opportunities(accountID: id).count)
        XCTAssertEqual(impact.metricMonths, try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM metric_point WHERE account_id = ?", arguments: [id])
        })
        XCTAssertTrue(impact.description.contains("contacts"), impact.description)

        // When the account is deleted
        let deleted = try database.save(.removeAccount(id: id)).saved()
        XCTAssertEqual(deleted.description, "deleted account \(account.name)")
        XCTAssertEqual(deleted.removedAccountIDs, [id])
        XCTAssertNil(deleted.focusAccountID)
        // Then everything that belonged to it went too, and the list and KPIs lost it
        XCTAssertEqual(try database.accountCount(), 2)
        XCTAssertEqual(try database.contacts(accountID: id), [])
        XCTAssertEqual(try database.initiatives(accountID: id), [])
        XCTAssertEqual(try database.interactions(accountID: id), [])
        XCTAssertEqual(try database.progressUpdates(initiativeID: XCTUnwrap(initiative.id)), [])
        XCTAssertEqual(try database.kpis().accountCount, 2)
        XCTAssertFalse(try database.accountPage(AccountPageRequest(sort: .health, anchor: .first, limit: 10)).entries.contains { $0.id == id })

        // When it is undone, then every row, figure and list entry is back as it was
        let undone = try database.save(.undo).saved()
        XCTAssertEqual(undone.description, "deleted account \(account.name)")
        XCTAssertTrue(undone.changesAccountList)
        XCTAssertEqual(undone.focusAccountID, id)
        XCTAssertEqual(try database.dump(), before)
        XCTAssertEqual(try database.kpis(), kpisBefore)
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .health, anchor: .first, limit: 10)), pageBefore)
        let someContact = try XCTUnwrap(try database.contacts(accountID: id).first)
        let found = try database.accountPage(AccountPageRequest(sort: .name, search: someContact.name, anchor: .first, limit: 50))
        XCTAssertTrue(found.entries.contains { $0.id == id }, "the search index has the account again")

        // And redo and undo again go back and forth
        try database.save(.redo).saved()
        XCTAssertEqual(try database.accountCount(), 2)
        try database.save(.undo).saved()
        XCTAssertEqual(try database.dump(), before)
    }

    func testDeletionImpactWording() {
        XCTAssertEqual(AccountDeletionImpact(contacts: 1, initiatives: 0, interactions: 0, metricMonths: 0).description, "1 contact")
        XCTAssertEqual(
            AccountDeletionImpact(contacts: 3, initiatives: 2, interactions: 1, metricMonths: 36).description,
            "3 contacts, 2 initiatives, 1 interaction and 36 monthly metrics")
        XCTAssertEqual(
            AccountDeletionImpact(contacts: 0, initiatives: 0, interactions: 0, metricMonths: 1, opportunities: 2).description,
            "2 opportunities and 1 monthly metric")
        XCTAssertEqual(AccountDeletionImpact(contacts: 0, initiatives: 0, interactions: 0, metricMonths: 0).description, "nothing else")
    }

    func testExactlyOneMainContactPerAccount() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        // The first contact becomes the main one, whatever the form said
        let ada = try database.addContact("Ada", to: accountID)
        XCTAssertTrue(ada.isMainContact)
        // A new main contact takes over
        let bo = try database.addContact("Bo", to: accountID, main: true)
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Bo"])
        // Making Ada main again through an edit clears Bo, in the same change
        let adaNow = try XCTUnwrap(try database.contacts(accountID: accountID).first { $0.name == "Ada" })
        try database.save(.editContact(RecordEdit(original: adaNow, edited: { var c = adaNow; c.isMainContact = true; return c }()))).saved()
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Ada"])
        try database.save(.undo).saved()
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Bo"])
        // The main contact cannot simply stop being main
        let boNow = try XCTUnwrap(try database.contacts(accountID: accountID).first { $0.name == "Bo" })
        XCTAssertThrowsError(try database.save(.editContact(RecordEdit(original: boNow, edited: { var b = boNow; b.isMainContact = false; return b }())))) {
            XCTAssertTrue("\($0)".contains("make another contact the main point of contact"), "\($0)")
        }
        // Deleting the main contact needs a successor
        let boID = try XCTUnwrap(bo.id)
        XCTAssertThrowsError(try database.save(.removeContact(id: boID, successor: nil))) {
            XCTAssertTrue("\($0)".contains("choose who takes over"), "\($0)")
        }
        XCTAssertEqual(try database.contacts(accountID: accountID).count, 2, "a refused delete removed nothing")
        let removed = try database.save(.removeContact(id: boID, successor: ada.id)).saved()
        XCTAssertEqual(removed.description, "deleted contact Bo; Ada is now the main contact")
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Ada"])
        try database.save(.undo).saved()
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Bo"])
        XCTAssertEqual(try database.contacts(accountID: accountID).count, 2)
        // The last contact of an account goes without a successor
        let solo = try XCTUnwrap(try database.addAccount("Solo").id)
        let only = try database.addContact("Only", to: solo)
        try database.save(.removeContact(id: XCTUnwrap(only.id), successor: nil)).saved()
        XCTAssertEqual(try database.contacts(accountID: solo), [])
    }

    func testAReportsToLoopIsRefused() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        let ceo = try database.addContact("CEO", to: accountID)
        let vp = try database.addContact("VP", to: accountID, reportsTo: ceo.id)
        let manager = try database.addContact("Manager", to: accountID, reportsTo: vp.id)
        let logged = try database.changeLogCount()
        var loop = ceo
        loop.reportsToID = manager.id
        XCTAssertThrowsError(try database.save(.editContact(RecordEdit(original: ceo, edited: loop)))) { error in
            XCTAssertEqual(error as? StoreError, .invalidValue(field: "reports to", reason: "that would make a reporting loop"))
        }
        var selfLoop = vp
        selfLoop.reportsToID = vp.id
        XCTAssertThrowsError(try database.save(.editContact(RecordEdit(original: vp, edited: selfLoop)))) { error in
            XCTAssertEqual(error as? StoreError, .invalidValue(field: "reports to", reason: "that would make a reporting loop"))
        }
        XCTAssertEqual(try database.contacts(accountID: accountID).first { $0.name == "CEO" }?.reportsToID, nil)
        XCTAssertEqual(try database.changeLogCount(), logged)
        // A chain that ends is fine
        var chain = manager
        chain.reportsToID = ceo.id
        try database.save(.editContact(RecordEdit(original: manager, edited: chain))).saved()
        // Deleting a manager clears reports-to on their reports; undo puts it back
        try database.save(.removeContact(id: XCTUnwrap(ceo.id), successor: vp.id)).saved()
        XCTAssertEqual(try database.contacts(accountID: accountID).map(\.reportsToID), [nil, nil])
        try database.save(.undo).saved()
        XCTAssertEqual(try database.contacts(accountID: accountID).map(\.reportsToID), [nil, ceo.id, ceo.id])
    }

    func testInitiativeAddEditDeleteAreEachUndoable() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        let added = try database.addInitiative("Portal", to: accountID, due: today)
        var edited = added
        edited.title = "Self-service portal"
        XCTAssertEqual(try database.save(.editInitiative(RecordEdit(original: added, edited: edited))).saved().description,
                       "edited initiative Self-service portal")
        try database.save(.removeInitiative(id: XCTUnwrap(added.id))).saved()
        XCTAssertEqual(try database.initiatives(accountID: accountID), [])
        XCTAssertEqual(try database.save(.undo).saved().description, "deleted initiative Self-service portal")
        XCTAssertEqual(try database.initiatives(accountID: accountID).map(\.title), ["Self-service portal"])
        XCTAssertEqual(try database.save(.undo).saved().description, "edited initiative Self-service portal")
        XCTAssertEqual(try database.initiatives(accountID: accountID).map(\.title), ["Portal"])
        XCTAssertEqual(try database.save(.undo).saved().description, "added initiative Portal")
        XCTAssertEqual(try database.initiatives(accountID: accountID), [])
        XCTAssertEqual(try database.save(.undo).saved().description, "added account Acme")
        XCTAssertEqual(try database.accountCount(), 0)
        XCTAssertEqual(try database.save(.undo), .unchanged("Nothing to undo"))
    }

    func testInteractionsKeepTheirContactsAndTheFollowUp() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("Acme").id)
        let ada = try database.addContact("Ada", to: accountID)
        let bo = try database.addContact("Bo", to: accountID)
        let other = try database.addContact("Elsewhere", to: try XCTUnwrap(try database.addAccount("Other").id))
        // Contacts from another account are refused
        let stray = Interaction(accountID: accountID, kind: .call, date: today, contactIDs: [other.id ?? 0], summary: "Nope")
        XCTAssertThrowsError(try database.save(.logInteraction(stray, nextFollowUp: nil)))
        XCTAssertEqual(try database.interactions(accountID: accountID), [])
        // A call with both, setting the follow-up
        let call = Interaction(accountID: accountID, kind: .call, date: today, contactIDs: [bo.id ?? 0, ada.id ?? 0], summary: "Kickoff")
        let logged = try database.save(.logInteraction(call, nextFollowUp: today.adding(days: 14))).saved()
        XCTAssertEqual(logged.description, "logged call with Acme")
        XCTAssertEqual(try database.account(id: accountID)?.nextFollowUp, today.adding(days: 14))
        let stored = try XCTUnwrap(try database.interactions(accountID: accountID).first)
        XCTAssertEqual(stored.contactIDs, [ada.id ?? 0, bo.id ?? 0])
        // Editing only the order the contacts were ticked in is no change
        var reordered = stored
        reordered.contactIDs = stored.contactIDs.reversed()
        XCTAssertEqual(try database.save(.editInteraction(RecordEdit(original: stored, edited: reordered))), .unchanged("No changes to save"))
        // Deleting a contact drops its link; undo brings both back
        try database.save(.removeContact(id: XCTUnwrap(bo.id), successor: nil)).saved()
        XCTAssertEqual(try database.interactions(accountID: accountID).first?.contactIDs, [ada.id ?? 0])
        try database.save(.undo).saved()
        XCTAssertEqual(try database.interactions(accountID: accountID).first?.contactIDs, [ada.id ?? 0, bo.id ?? 0])
        // Undoing the log removes the call and puts the follow-up back
        try database.save(.undo).saved()
        XCTAssertEqual(try database.interactions(accountID: accountID), [])
        XCTAssertNil(try database.account(id: accountID)?.nextFollowUp)
    }

    func testOpportunitiesRoundTripAndUndo() throws {
        let database = try AppDatabase.empty()
        let accountID = try XCTUnwrap(try database.addAccount("A").id)
        let close = Day.at(2027, 2, 1)
        try database.save(.addOpportunity(Opportunity(
            accountID: accountID, name: "Upsell", kind: .upsell, amount: .major(50_000), probability: 40, expectedClose: close,
            category: .bestCase, stage: "proposal"))).saved()
        let added = try XCTUnwrap(try database.opportunities(accountID: accountID).first)
        var won = added
        won.category = .closedWon
        won.probability = 100
        try database.save(.editOpportunity(RecordEdit(original: added, edited: won))).saved()
        XCTAssertEqual(try database.opportunities(accountID: accountID).map(\.category), [.closedWon])
        XCTAssertEqual(try database.deletionImpact(accountID: accountID).description, "1 opportunity")
        try database.save(.removeOpportunity(id: XCTUnwrap(added.id))).saved()
        XCTAssertEqual(try database.opportunities(accountID: accountID), [])
        XCTAssertEqual(try database.save(.undo).saved().description, "deleted opportunity Upsell")
        XCTAssertEqual(try database.save(.undo).saved().description, "edited opportunity Upsell")
        let restored = try database.opportunities(accountID: accountID)
        XCTAssertEqual(restored.map(\.category), [.bestCase])
        XCTAssertEqual(restored.map(\.probability), [40])
        try database.save(.removeAccount(id: accountID)).saved()
        try database.save(.undo).saved()
        XCTAssertEqual(try database.opportunities(accountID: accountID).map(\.name), ["Upsell"], "a deleted account's opportunities come back with it")
    }
}
