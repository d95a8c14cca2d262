import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// `rapport import book.json` onto a store that already holds a book, on real SQLite.
final class BookMergeTests: XCTestCase {
    private func demoStore(seed: UInt64, accounts: Int) throws -> AppDatabase {
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: seed, accountCount: accounts, today: TestClock.today))
        return database
    }

    private func exportedBook(_ database: AppDatabase) throws -> BookFile {
        var text = ""
        try database.exportBookJSON(to: ExportStream { text += $0 })
        return try BookFile.load(Data(text.utf8), file: "book.json")
    }

    /// The book's records without versions (a merge moves a version on, as every write does)
    /// and without the change log, which a merge adds to rather than replaces.
    private func records(_ book: BookFile) -> BookFile {
        var book = book
        book.changeLog = []
        for index in book.accounts.indices { book.accounts[index].version = 0 }
        for index in book.contacts.indices { book.contacts[index].version = 0 }
        for index in book.interactions.indices { book.interactions[index].version = 0 }
        for index in book.initiatives.indices { book.initiatives[index].version = 0 }
        for index in book.opportunities.indices { book.opportunities[index].version = 0 }
        return book
    }

    func testImportingTheBooksOwnExportPutsBackExactlyTheRecordsChangedSince() throws {
        let database = try demoStore(seed: 7, accounts: 12)
        let book = try exportedBook(database)
        // Changes since the export: a rename and a new ARR, a contact's email, an initiative's
        // progress (with its progress update), a month's revenue, and an account added.
        let account = try XCTUnwrap(database.account(id: 2))
        var renamed = account
        renamed.name = "Renamed Since Export"
        renamed.annualRecurringRevenue = Money(minorUnits: 1)
        try database.save(.editAccount(RecordEdit(original: account, edited: renamed))).saved()
        let contact = try XCTUnwrap(database.contacts(accountID: 3).first)
        var moved = contact
        moved.email = "someone.else@example.net"
        try database.save(.editContact(RecordEdit(original: contact, edited: moved))).saved()
        let initiative = try XCTUnwrap(database.initiatives(accountID: 4).first { $0.progress <= 50 })
        try database.save(.bumpProgress(initiativeID: try XCTUnwrap(initiative.id), by: 25)).saved()
        let point = try XCTUnwrap(book.metricPoints.first { $0.accountID == 5 && $0.actual.value != nil })
        try database.write { db in
            try db.execute(sql: "UPDATE metric_point SET actual = 7 WHERE account_id = 5 AND metric = ? AND month = ?", arguments: [point.metric, point.month])
        }
        try database.save(.addAccount(Account(
            name: "Added Since Export", industry: "Retail", region: "DACH", tier: .enterprise, owner: "Kim", annualRecurringRevenue: .major(1_000),
            renewalDate: nil))).saved()

        let plan = try database.planBookMerge(book)
        XCTAssertTrue(plan.sameBook)
        XCTAssertEqual(plan.accounts, .init(created: 0, updated: 1, unchanged: 11))
        XCTAssertEqual(plan.contacts.updated, 1)
        XCTAssertEqual(plan.initiatives.updated, 1)
        XCTAssertEqual(plan.metricPoints.updated, 1)
        XCTAssertEqual(plan.total.created, 0)
        XCTAssertEqual(plan.total.updated, 4)

        let change = try database.save(.mergeBook(book, source: "book.json")).saved()
        XCTAssertEqual(change.description, "imported book.json: 0 created, 4 updated")
        var after = records(try exportedBook(database))
        // What the file does not hold stays: the account added and the progress update recorded.
        XCTAssertEqual(after.accounts.last?.name, "Added Since Export")
        after.accounts.removeLast()
        XCTAssertEqual(after.progressUpdates.count, book.progressUpdates.count + 1)
        after.progressUpdates = book.progressUpdates
        XCTAssertEqual(after, records(book))

        // Importing it again changes nothing; undo takes the whole import back in one step.
        XCTAssertEqual(try database.save(.mergeBook(book, source: "book.json")), .unchanged("Nothing to import: every record of book.json matches what is stored"))
        try database.save(.undo).saved()
        XCTAssertEqual(try database.account(id: 2)?.name, "Renamed Since Export")
        XCTAssertEqual(try database.contacts(accountID: 3).first?.email, "someone.else@example.net")
        XCTAssertEqual(try database.planBookMerge(book).total.updated, 4)
    }

    /// Milestones, stakeholders and the plan's fields (schema v8) come back from the book's own
    /// export like every other record, and a second merge finds nothing to do.
    func testMilestonesStakeholdersAndPlanFieldsMergeBack() throws {
        let database = try demoStore(seed: 3, accounts: 4)
        let initiative = try XCTUnwrap(database.initiatives(accountID: 1).first)
        let initiativeID = try XCTUnwrap(initiative.id)
        let contacts = try database.contacts(accountID: 1)
        XCTAssertGreaterThanOrEqual(contacts.count, 2)
        try database.save(.addMilestone(Milestone(initiativeID: initiativeID, title: "Pilot live", dueDate: TestClock.today, position: 0))).saved()
        try database.save(.setStakeholders(initiativeID: initiativeID, [
            InitiativeStakeholder(initiativeID: initiativeID, contactID: try XCTUnwrap(contacts[0].id), audience: .internal),
            InitiativeStakeholder(initiativeID: initiativeID, contactID: try XCTUnwrap(contacts[1].id), audience: .external),
        ])).saved()
        let book = try exportedBook(database)

        // Since the export: the milestone renamed, a stakeholder dropped.
        let milestone = try XCTUnwrap(database.milestones(initiativeID: initiativeID).first)
        var renamed = milestone
        renamed.title = "Pilot live (renamed)"
        try database.save(.editMilestone(RecordEdit(original: milestone, edited: renamed))).saved()
        try database.save(.setStakeholders(initiativeID: initiativeID, [
            InitiativeStakeholder(initiativeID: initiativeID, contactID: try XCTUnwrap(contacts[0].id), audience: .internal),
        ])).saved()

        let plan = try database.planBookMerge(book)
        XCTAssertEqual(plan.milestones, .init(updated: 1))
        XCTAssertEqual(plan.stakeholders, .init(updated: 1))
        try database.save(.mergeBook(book, source: "book.json")).saved()
        XCTAssertEqual(try database.milestones(initiativeID: initiativeID).map(\.title), ["Pilot live"])
        XCTAssertEqual(try database.stakeholders(initiativeID: initiativeID).map(\.audience).sorted { $0.rawValue < $1.rawValue }, [.external, .internal])
        XCTAssertEqual(records(try exportedBook(database)).milestones.map(\.title), records(book).milestones.map(\.title))
        let again = try database.planBookMerge(book)
        XCTAssertEqual(again.total.created + again.total.updated, 0, "nothing left to do: \(again.kinds)")
    }

    func testImportingAnotherBookAddsItsRecordsAndDuplicatesNone() throws {
        let other = try demoStore(seed: 7, accounts: 12)
        let book = try exportedBook(other)
        let database = try demoStore(seed: 3, accounts: 6)
        // One account both books know by name (spelled differently): matched, not duplicated.
        let shared = try XCTUnwrap(database.account(id: 1))
        var spelled = shared
        spelled.name = book.accounts[4].name.uppercased()
        try database.save(.editAccount(RecordEdit(original: shared, edited: spelled))).saved()
        let before = try exportedBook(database)

        let known = Set(before.accounts.map { BookIndex.key($0.name) })
        let newcomers = book.accounts.filter { !known.contains(BookIndex.key($0.name)) }
        XCTAssertLessThan(newcomers.count, 12)

        let plan = try database.planBookMerge(book)
        XCTAssertFalse(plan.sameBook)
        XCTAssertEqual(plan.accounts.created, newcomers.count)
        XCTAssertEqual(plan.accounts.created + plan.accounts.updated + plan.accounts.unchanged, 12)
        XCTAssertEqual(try exportedBook(database), before, "a plan writes nothing")

        try database.save(.mergeBook(book, source: "other.json")).saved()
        let after = try exportedBook(database)
        XCTAssertEqual(after.accounts.count, before.accounts.count + newcomers.count)
        XCTAssertEqual(Set(after.accounts.map { BookIndex.key($0.name) }).count, after.accounts.count, "no account twice")
        XCTAssertEqual(after.contacts.count, before.contacts.count + plan.contacts.created)
        // Every account new to this book is here, under this store's ids, with its records.
        for account in newcomers {
            let here = try XCTUnwrap(after.accounts.first { $0.name == account.name })
            XCTAssertEqual(here.arrMinor, account.arrMinor)
            XCTAssertEqual(
                after.contacts.filter { $0.accountID == here.id }.map(\.email).sorted(), book.contacts.filter { $0.accountID == account.id }.map(\.email).sorted())
            XCTAssertEqual(
                after.opportunities.filter { $0.accountID == here.id }.map(\.name), book.opportunities.filter { $0.accountID == account.id }.map(\.name))
            XCTAssertEqual(after.metricPoints.filter { $0.accountID == here.id }.count, book.metricPoints.filter { $0.accountID == account.id }.count)
        }
        // The account both knew takes the file's figures and gains its contacts, not twice.
        let met = try XCTUnwrap(after.accounts.first { $0.id == 1 })
        XCTAssertEqual(met.arrMinor, book.accounts[4].arrMinor)
        let emails = after.contacts.filter { $0.accountID == 1 }.map(\.email)
        XCTAssertEqual(Set(emails).count, emails.count)
        // The account this book already had keeps its own main contact.
        XCTAssertEqual(after.contacts.filter { $0.accountID == 1 && $0.isMainContact }.map(\.id), before.contacts.filter { $0.accountID == 1 && $0.isMainContact }.map(\.id))

        // A second import of the same file creates and changes nothing.
        let again = try database.planBookMerge(book)
        XCTAssertEqual(again.total.created + again.total.updated, 0, "\(again)")
        XCTAssertEqual(try database.save(.mergeBook(book, source: "other.json")), .unchanged("Nothing to import: every record of other.json matches what is stored"))
    }

    func testABookFileIntoAnEmptyStoreKeepsItsIds() throws {
        let book = try exportedBook(try demoStore(seed: 7, accounts: 4))
        let database = try AppDatabase.empty()
        XCTAssertTrue(try database.isEmptyBook())
        XCTAssertEqual(try database.planBookMerge(book).accounts, .init(created: 4))
        try database.save(.mergeBook(book, source: "book.json")).saved()
        XCTAssertEqual(try exportedBook(database).accounts.map(\.id), book.accounts.map(\.id))
        XCTAssertFalse(try database.isEmptyBook())
    }
}
