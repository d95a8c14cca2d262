import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import RapportTestSupport
import XCTest

/// The day and clock every store test runs at.
enum TestClock {
    static let today = BookFixture.today
    static let time = Date(timeIntervalSince1970: 1_800_000_000)
    static let basis = SummaryBasis(today: today)
}

struct UnexpectedOutcome: Error, CustomStringConvertible {
    let description: String
}

extension WriteOutcome {
    /// What a saved write changed; anything else throws, so the test stops at the step that went wrong.
    @discardableResult
    func saved() throws -> ChangeSummary {
        guard case .saved(let summary) = self else { throw UnexpectedOutcome(description: "expected a saved change, got \(self)") }
        return summary
    }

    var conflict: EditConflict? {
        if case .conflict(let conflict) = self { return conflict }
        return nil
    }
}

extension AppDatabase {
    /// A private in-memory store at the tests' day.
    static func empty() throws -> AppDatabase { try inMemory(basis: TestClock.basis) }

    /// Applies `intent` at the tests' clock.
    @discardableResult
    func save(_ intent: StoreIntent) throws -> WriteOutcome { try apply(intent, at: TestClock.time) }

    func addAccount(
        _ name: String, arr: Int64 = 0, renewal: Day? = nil, industry: String = "", owner: String = "", region: String = ""
    ) throws -> Account {
        let account = Account(
            name: name, industry: industry, region: region, tier: .enterprise, owner: owner, annualRecurringRevenue: .major(arr),
            renewalDate: renewal)
        let summary = try save(.addAccount(account)).saved()
        guard let id = summary.focusAccountID, let stored = try self.account(id: id) else {
            throw UnexpectedOutcome(description: "the account \(name) was not stored")
        }
        return stored
    }

    func addContact(_ name: String, to accountID: Int64, main: Bool = false, reportsTo: Int64? = nil, email: String = "") throws -> Contact {
        try save(.addContact(Contact(
            accountID: accountID, name: name, title: "", email: email, phone: "", role: .user, influence: 3, sentiment: .neutral,
            isMainContact: main, reportsToID: reportsTo))).saved()
        guard let stored = try contacts(accountID: accountID).last(where: { $0.name == name }) else {
            throw UnexpectedOutcome(description: "the contact \(name) was not stored")
        }
        return stored
    }

    /// A contact made a sponsor through an edit, as the app does.
    func addSponsor(_ name: String, to accountID: Int64) throws -> Contact {
        var sponsor = try addContact(name, to: accountID)
        let original = sponsor
        sponsor.role = .sponsor
        try save(.editContact(RecordEdit(original: original, edited: sponsor))).saved()
        return sponsor
    }

    func addInitiative(
        _ title: String, to accountID: Int64, status: InitiativeStatus = .planned, progress: Int = 0, due: Day? = nil
    ) throws -> Initiative {
        try save(.addInitiative(Initiative(
            accountID: accountID, title: title, objective: "", owner: "", status: status, progress: progress, dueDate: due))).saved()
        guard let stored = try initiatives(accountID: accountID).last(where: { $0.title == title }) else {
            throw UnexpectedOutcome(description: "the initiative \(title) was not stored")
        }
        return stored
    }

    /// Rows in the change log, every window's.
    func changeLogCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log") ?? 0 }
    }

    /// Every row of every table a user's data lives in, as text, to compare a store before and after.
    func dump() throws -> [String] {
        let tables = [
            "account", "contact", "initiative", "progress_update", "metric_point", "interaction", "interaction_contact", "opportunity", "milestone",
            "initiative_stakeholder",
        ]
        return try read { db in
            try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table) \($0)" }.sorted()
            }
        }
    }

    /// Runs `sql` on this store's own writer, as another program's raw write would land.
    func executeRaw(_ sql: String) throws {
        try writer.write { db in try db.execute(sql: sql) }
    }
}

extension Day {
    /// Force-free construction for literal dates in tests.
    static func at(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day) ?? Day(daysSinceEpoch: 0) }
}
