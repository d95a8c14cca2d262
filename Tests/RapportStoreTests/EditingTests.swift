import Foundation
import RapportCore
import RapportStore
import XCTest

final class EditingTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
    let time = Date(timeIntervalSince1970: 1_800_000_000)

    /// Everything stored about every account, to compare before and after.
    func dump(_ database: AppDatabase) throws -> [String] {
        let everything = MonthRange(first: YearMonth(year: 2000, month: 1), last: YearMonth(year: 2100, month: 1))
        return try database.accounts().flatMap { account -> [String] in
            let id = account.id ?? 0
            return ["\(account)"] + (try database.contacts(accountID: id).map { "\($0)" })
                + (try database.initiatives(accountID: id).flatMap { initiative in
                    ["\(initiative)"] + (try database.progressUpdates(initiativeID: initiative.id ?? 0).map { "\($0)" })
                })
                + (try database.metricPoints(accountID: id, metric: "revenue", in: everything).map { "\($0)" })
        }
    }

    func testDeletingAnAccountCascadesAndUndoBringsEverythingBack() throws {
        let database = try AppDatabase.inMemory()
        try database.writeDemoBook(DemoBook(seed: 3, accountCount: 3, today: today))
        let account = try XCTUnwrap(try database.accounts().first)
        let id = try XCTUnwrap(account.id)
        let initiative = try XCTUnwrap(try database.initiatives(accountID: id).first)
        try database.recordProgress(initiativeID: try XCTUnwrap(initiative.id), progress: initiative.progress == 100 ? 95 : initiative.progress + 5, status: initiative.status, at: time)
        let before = try dump(database)

        let impact = try database.deletionImpact(accountID: id)
        XCTAssertEqual(impact.contacts, try database.contacts(accountID: id).count)
        XCTAssertEqual(impact.metricMonths, 37 + 36, "revenue to the end of the year, and 36 months of active users")
        XCTAssertTrue(impact.description.contains("contacts"), impact.description)

        try database.removeAccount(id: id, at: time)
        XCTAssertEqual(try database.accountCount(), 2)
        XCTAssertEqual(try database.contacts(accountID: id), [])
        XCTAssertEqual(try database.initiatives(accountID: id), [])
        XCTAssertEqual(try database.progressUpdates(initiativeID: try XCTUnwrap(initiative.id)), [])

        let undone = try XCTUnwrap(try database.undo())
        XCTAssertEqual(undone.description, "deleted account \(account.name)")
        XCTAssertTrue(undone.changesAccountList)
        XCTAssertEqual(try dump(database), before)

        try database.redo()
        XCTAssertEqual(try database.accountCount(), 2)
        try database.undo()
        XCTAssertEqual(try dump(database), before)
    }

    func testDeletionImpactWording() {
        XCTAssertEqual(AccountDeletionImpact(contacts: 1, initiatives: 0, interactions: 0, metricMonths: 0).description, "1 contact")
        XCTAssertEqual(
            AccountDeletionImpact(contacts: 3, initiatives: 2, interactions: 1, metricMonths: 36).description,
            "3 contacts, 2 initiatives, 1 interaction and 36 monthly metrics")
        XCTAssertEqual(AccountDeletionImpact(contacts: 0, initiatives: 0, interactions: 0, metricMonths: 0).description, "nothing else")
    }

    func makeAccount(_ database: AppDatabase) throws -> Int64 {
        try XCTUnwrap(
            try database.addAccount(
                Account(name: "Acme", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero, renewalDate: nil),
                at: time
            ).id)
    }

    func contact(_ name: String, _ accountID: Int64, main: Bool = false, reportsTo: Int64? = nil) -> Contact {
        Contact(accountID: accountID, name: name, title: "", email: "", phone: "", role: .user, influence: 3, sentiment: .neutral, isMainContact: main, reportsToID: reportsTo)
    }

    func testExactlyOneMainContactPerAccount() throws {
        let database = try AppDatabase.inMemory()
        let accountID = try makeAccount(database)
        let ada = try database.addContact(contact("Ada", accountID), at: time)
        XCTAssertTrue(ada.isMainContact, "the first contact becomes the main one")
        let bo = try database.addContact(contact("Bo", accountID, main: true), at: time)
        let contacts = try database.contacts(accountID: accountID)
        XCTAssertEqual(contacts.filter(\.isMainContact).map(\.name), ["Bo"])
        XCTAssertThrowsError(try database.updateContact({ var b = bo; b.isMainContact = false; return b }(), at: time)) { error in
            XCTAssertTrue("\(error)".contains("make another contact the main point of contact"), "\(error)")
        }
        // Deleting the main contact needs a successor.
        XCTAssertThrowsError(try database.removeContact(id: try XCTUnwrap(bo.id), newMainContactID: nil, at: time)) { error in
            XCTAssertTrue("\(error)".contains("choose who takes over"), "\(error)")
        }
        try database.removeContact(id: try XCTUnwrap(bo.id), newMainContactID: ada.id, at: time)
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Ada"])
        try database.undo()
        XCTAssertEqual(try database.contacts(accountID: accountID).filter(\.isMainContact).map(\.name), ["Bo"])
        XCTAssertEqual(try database.contacts(accountID: accountID).count, 2)
    }

    func testAReportsToLoopIsRefused() throws {
        let database = try AppDatabase.inMemory()
        let accountID = try makeAccount(database)
        let ceo = try database.addContact(contact("CEO", accountID), at: time)
        let vp = try database.addContact(contact("VP", accountID, reportsTo: ceo.id), at: time)
        let manager = try database.addContact(contact("Manager", accountID, reportsTo: vp.id), at: time)
        var loop = ceo
        loop.reportsToID = manager.id
        XCTAssertThrowsError(try database.updateContact(loop, at: time)) { error in
            XCTAssertEqual(error as? StoreError, .invalidValue(field: "reports to", reason: "that would make a reporting loop"))
        }
        var selfLoop = vp
        selfLoop.reportsToID = vp.id
        XCTAssertThrowsError(try database.updateContact(selfLoop, at: time))
        XCTAssertEqual(try database.contacts(accountID: accountID).first { $0.name == "CEO" }?.reportsToID, nil)
    }

    func testInitiativeAddEditDeleteAreEachUndoable() throws {
        let database = try AppDatabase.inMemory()
        let accountID = try makeAccount(database)
        let added = try database.addInitiative(
            Initiative(accountID: accountID, title: "Portal", objective: "80%", owner: "Dana", status: .planned, progress: 0, dueDate: today), at: time)
        var edited = added
        edited.title = "Self-service portal"
        try database.updateInitiative(edited, at: time)
        try database.removeInitiative(id: try XCTUnwrap(added.id), at: time)
        XCTAssertEqual(try database.initiatives(accountID: accountID), [])
        XCTAssertEqual(try database.undo()?.description, "deleted initiative Self-service portal")
        XCTAssertEqual(try database.initiatives(accountID: accountID), [edited])
        XCTAssertEqual(try database.undo()?.description, "edited initiative Self-service portal")
        XCTAssertEqual(try database.initiatives(accountID: accountID), [added])
        XCTAssertEqual(try database.undo()?.description, "added initiative Portal")
        XCTAssertEqual(try database.initiatives(accountID: accountID), [])
        XCTAssertEqual(try database.undo()?.description, "added account Acme")
        XCTAssertEqual(try database.accountCount(), 0)
    }
}

final class OpportunityStoreTests: XCTestCase {
    func testOpportunitiesRoundTripAndUndo() throws {
        let database = try AppDatabase.inMemory()
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let account = try database.addAccount(
            Account(name: "A", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero, renewalDate: nil), at: time)
        let accountID = try XCTUnwrap(account.id)
        let close = Day(year: 2027, month: 2, day: 1) ?? Day(daysSinceEpoch: 0)
        let added = try database.addOpportunity(
            Opportunity(accountID: accountID, name: "Upsell", kind: .upsell, amount: .major(50_000), probability: 40, expectedClose: close, category: .bestCase, stage: "proposal"),
            at: time)
        XCTAssertEqual(try database.opportunities(accountID: accountID), [added])
        var won = added
        won.category = .closedWon
        won.probability = 100
        try database.updateOpportunity(won, at: time)
        XCTAssertEqual(try database.opportunities(accountID: accountID), [won])
        XCTAssertEqual(try database.deletionImpact(accountID: accountID).description, "1 opportunity")
        try database.removeOpportunity(id: try XCTUnwrap(added.id), at: time)
        XCTAssertEqual(try database.opportunities(accountID: accountID), [])
        XCTAssertEqual(try database.undo()?.description, "deleted opportunity Upsell")
        XCTAssertEqual(try database.undo()?.description, "edited opportunity Upsell")
        XCTAssertEqual(try database.opportunities(accountID: accountID), [added])
        try database.removeAccount(id: accountID, at: time)
        try database.undo()
        XCTAssertEqual(try database.opportunities(accountID: accountID), [added], "a deleted account's opportunities come back with it")
    }
}
