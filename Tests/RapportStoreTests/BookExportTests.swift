import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// `rapport export --format json` and `rapport restore` on real SQLite stores.
final class BookExportTests: XCTestCase {
    /// A demo book with history: progress and status changes, an edit, and an undone change.
    private func demoStoreWithHistory(endingWithUndo: Bool = true) throws -> AppDatabase {
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 7, accountCount: 12, today: TestClock.today))
        try database.save(.snoozeAgendaItem(key: "follow-up:3:account:2026-11-01", accountID: 3, until: TestClock.today.adding(days: 7))).saved()
        let initiatives = try database.initiatives(accountID: 1)
        let first = try XCTUnwrap(initiatives.first { $0.progress <= 80 && $0.status != .done && $0.status != .blocked }?.id)
        try database.save(.bumpProgress(initiativeID: first, by: 5)).saved()
        try database.save(.stepStatus(initiativeID: first, forward: true)).saved()
        let account = try XCTUnwrap(database.account(id: 2))
        var edited = account
        edited.notes = "Line one\nsays \"hi\", =1+1 \\ done"
        try database.save(.editAccount(RecordEdit(original: account, edited: edited))).saved()
        try database.save(.bumpProgress(initiativeID: first, by: -10)).saved()
        // An initiative's plan: a milestone done, another open, and a stakeholder of each side.
        try database.save(.addMilestone(Milestone(initiativeID: first, title: "Kick-off", dueDate: TestClock.today, position: 0))).saved()
        try database.save(.addMilestone(Milestone(initiativeID: first, title: "Go-live", dueDate: nil, position: 1))).saved()
        let kickOff = try XCTUnwrap(database.milestones(initiativeID: first).first?.id)
        try database.save(.toggleMilestone(id: kickOff, on: TestClock.today)).saved()
        let contacts = try database.contacts(accountID: 1).compactMap(\.id)
        try database.save(.setStakeholders(initiativeID: first, [
            InitiativeStakeholder(initiativeID: first, contactID: contacts[0], audience: .external),
            InitiativeStakeholder(initiativeID: first, contactID: contacts[1], audience: .internal),
        ])).saved()
        if endingWithUndo { try database.save(.undo).saved() }
        return database
    }

    private func exported(_ database: AppDatabase) throws -> String {
        var text = ""
        // A small chunk, so the test goes through many hand-overs.
        try database.exportBookJSON(to: ExportStream(chunkBytes: 100) { text += $0 })
        return text
    }

    /// Every table's rows as stored (the search index by its contents), to compare two stores.
    private func tables(_ database: AppDatabase) throws -> [String: [[String: DatabaseValue]]] {
        try database.read { db in
            let names = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'account_search%' ORDER BY name")
            var result: [String: [[String: DatabaseValue]]] = [:]
            for name in names + ["account_search"] {
                let select = name == "account_search" ? "SELECT rowid, own, other FROM account_search" : "SELECT * FROM \(name)"
                result[name] = try Row.fetchAll(db, sql: select).map { row in
                    Dictionary(uniqueKeysWithValues: row.columnNames.map { ($0, row[$0] as DatabaseValue) })
                }.sorted { "\($0.sorted { $0.key < $1.key })" < "\($1.sorted { $0.key < $1.key })" }
            }
            return result
        }
    }

    func testTheExportHoldsEveryTableInIdOrderWithSortedKeysAndMoneyInMinorUnits() throws {
        let database = try demoStoreWithHistory()
        let text = try exported(database)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "rapport-book")
        XCTAssertEqual(object["version"] as? Int, 2)
        let money = try XCTUnwrap(object["money"] as? [String: Any])
        XCTAssertEqual(money["currency"] as? String, "USD")
        XCTAssertEqual(money["minor_units_per_major"] as? Int, 100)
        let counts = try database.read { db in
            try [
                "account", "contact", "interaction", "initiative", "progress_update", "opportunity", "metric_point", "change_log", "milestone",
                "initiative_stakeholder", "agenda_snooze",
            ].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        }
        let keys = [
            "accounts", "contacts", "interactions", "initiatives", "progress_updates", "opportunities", "metric_points", "change_log", "milestones",
            "initiative_stakeholders", "agenda_snoozes",
        ]
        XCTAssertEqual(try keys.map { try XCTUnwrap(object[$0] as? [Any]).count }, counts)
        XCTAssertEqual(counts[4], 3, "three progress updates")
        XCTAssertEqual(counts[7], 9)
        XCTAssertEqual(Array(counts[8...]), [2, 0, 1], "two milestones; the stakeholders' change was undone; one snooze")
        let milestones = try XCTUnwrap(object["milestones"] as? [[String: Any]])
        XCTAssertEqual(milestones.map { $0["done_on"] as? String }, [TestClock.today.iso, nil])
        let snoozes = try XCTUnwrap(object["agenda_snoozes"] as? [[String: Any]])
        XCTAssertEqual(snoozes.first?["item_key"] as? String, "follow-up:3:account:2026-11-01")
        XCTAssertEqual(snoozes.first?["until"] as? String, TestClock.today.adding(days: 7).iso)
        let accounts = try XCTUnwrap(object["accounts"] as? [[String: Any]])
        XCTAssertEqual(accounts.compactMap { $0["id"] as? Int }, Array(1...12))
        let stored = try XCTUnwrap(database.account(id: 1))
        XCTAssertEqual(accounts[0]["arr_minor"] as? Int, Int(stored.annualRecurringRevenue.minorUnits))
        XCTAssertEqual(accounts[1]["notes"] as? String, "Line one\nsays \"hi\", =1+1 \\ done")
        // A missing date is written as null, not left out.
        XCTAssertTrue(text.contains("\"reports_to_id\" : null"))
        let changes = try XCTUnwrap(object["change_log"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["undone"] as? Bool }, [false, false, false, false, false, false, false, false, true])
        // Keys sorted within every record, and the document's own keys too.
        let firstAccount = text.components(separatedBy: "\n").drop { !$0.contains("\"accounts\" : [") }.dropFirst(2).prefix(12)
            .map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "\"")[1] }
        XCTAssertEqual(firstAccount, firstAccount.sorted())
        let topKeys = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map { $0.components(separatedBy: "\"")[1] }
        XCTAssertEqual(topKeys, (keys + ["format", "money", "version"]).sorted())
    }

    func testTwoExportsAreTheSameBytesAndADiffShowsOnlyWhatChanged() throws {
        // Not ending with an undo: a new change would clear the redo stack, a change of its own.
        let database = try demoStoreWithHistory(endingWithUndo: false)
        let first = try exported(database)
        XCTAssertEqual(try exported(database), first)
        let initiative = try XCTUnwrap(database.initiatives(accountID: 3).first)
        var edited = initiative
        edited.owner = "Someone Else"
        try database.save(.editInitiative(RecordEdit(original: initiative, edited: edited))).saved()
        let second = try exported(database)
        let before = first.components(separatedBy: "\n")
        let after = second.components(separatedBy: "\n")
        let difference = after.difference(from: before)
        let removed = difference.removals.map { change -> String in
            guard case .remove(_, let line, _) = change else { return "" }
            return line.trimmingCharacters(in: .whitespaces)
        }
        let inserted = difference.insertions.map { change -> String in
            guard case .insert(_, let line, _) = change else { return "" }
            return line.trimmingCharacters(in: .whitespaces)
        }
        // The initiative's owner and version, and the change log's new entry after the last
        // ("}," and "{" around its six fields): nothing else.
        XCTAssertEqual(removed, ["\"owner\" : \"\(initiative.owner)\",", "\"version\" : 0"])
        // "change_log" sorts before "initiatives": the entry comes first.
        XCTAssertEqual(Array(inserted.prefix(2)), ["},", "{"])
        XCTAssertEqual(inserted.dropFirst(2).prefix(6).map { $0.components(separatedBy: "\"")[1] }, ["changes", "description", "id", "recorded_at", "session", "undone"])
        XCTAssertEqual(Array(inserted.dropFirst(8)), ["\"owner\" : \"Someone Else\",", "\"version\" : 1"])
    }

    func testARestoredDemoBookIsTheSameBookAndExportsTheSameBytes() throws {
        let original = try demoStoreWithHistory()
        let text = try exported(original)
        let restored = try AppDatabase.empty()
        let summary = try restored.restoreBook(from: Data(text.utf8), file: "book.json")
        XCTAssertEqual(summary.accounts, 12)
        XCTAssertEqual(summary.changes, 9)
        XCTAssertEqual([summary.milestones, summary.stakeholders], [2, 0])
        XCTAssertEqual(try exported(restored), text)
        let expected = try tables(original)
        let actual = try tables(restored)
        XCTAssertEqual(Set(actual.keys), Set(expected.keys))
        for (table, rows) in expected {
            XCTAssertEqual(actual[table], rows, "table \(table) differs")
        }
    }

    func testARestoreIntoAStoreThatHoldsABookWritesNothing() throws {
        let text = try exported(try demoStoreWithHistory())
        let target = try AppDatabase.empty()
        let other = try target.addAccount("Already Here")
        let before = try tables(target)
        XCTAssertThrowsError(try target.restoreBook(from: Data(text.utf8), file: "book.json")) { error in
            XCTAssertTrue(String(describing: error).contains("already holds 1 accounts"), "\(error)")
        }
        XCTAssertEqual(try tables(target), before)
        XCTAssertEqual(other.name, "Already Here")
    }
}
