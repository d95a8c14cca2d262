import Foundation
import GRDB

/// Merges a book file onto a store that already holds records, inside the caller's
/// transaction; planned (`writing: false`) it only counts.
///
/// **Which records are the same.** When the file was written from this very book, records are
/// matched by id, so a record renamed since the export still meets its older self. There is no
/// book identifier in the store to say so (one would need a migration); instead the accounts
/// the file and the store both have an id for decide: the file is this book's when most of
/// those ids name the same account (its folded name). A store restored from the file, or the
/// store it came from, agrees on nearly every id; another book agrees on next to none. When the
/// file is another book's, records are matched by what identifies them to a person: accounts by
/// folded name, contacts by email and then by name within their account, initiatives by title
/// and opportunities by name within their account, interactions by account, date, kind and
/// summary, progress updates by initiative and time, metric points by account, metric and month.
/// A record the store lacks is added (with the file's id when that id is free and the file is
/// this book's, so a second import finds it again); records the file lacks are left alone.
///
/// The file's change log is not merged: the merge is one new entry of this store's log, so `u`
/// undoes all of it.
struct BookMerge {
    let book: BookFile
    let db: Database
    let writing: Bool
    private(set) var report = BookMergeReport()
    private(set) var recorder = ChangeRecorder()
    /// File id → store id, per kind; a record a plan would create gets a negative stand-in.
    private var accountIDs: [Int64: Int64] = [:]
    private(set) var contactIDs: [Int64: Int64] = [:]
    private var initiativeIDs: [Int64: Int64] = [:]
    private var standIn: Int64 = -1
    /// Added records keep the file's ids where free: the file is this book's, or the store
    /// holds no accounts yet (so a later import of the same file matches them by id).
    private var keepsIDs = false

    init(book: BookFile, db: Database, writing: Bool) {
        self.book = book
        self.db = db
        self.writing = writing
    }

    /// How one record fared.
    enum Outcome { case created, updated, unchanged }

    mutating func run() throws {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try mergeAccounts()
        try mergeContacts()
        try mergeInitiatives()
        try mergeProgressUpdates()
        try mergeMilestones()
        try mergeStakeholders()
        try mergeInteractions()
        try mergeOpportunities()
        try mergeMetricPoints()
    }

    // MARK: - Kinds

    private mutating func mergeAccounts() throws {
        var byID: [Int64: String] = [:]
        var byName = Candidates()
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM account ORDER BY id") {
            let id: Int64 = row[0]
            byID[id] = BookIndex.key(row[1])
            byName.add(BookIndex.key(row[1]), id)
        }
        let shared = book.accounts.filter { byID[$0.id] != nil }
        let agreeing = shared.filter { byID[$0.id] == BookIndex.key($0.name) }.count
        report.sameBook = !shared.isEmpty && agreeing * 2 > shared.count
        keepsIDs = report.sameBook || byID.isEmpty
        let byIDs = book.accounts.map { report.sameBook && byID[$0.id] != nil ? $0.id : nil }
        byIDs.forEach { byName.claim($0) }
        for (account, idMatch) in zip(book.accounts, byIDs) {
            let match = idMatch ?? byName.take(BookIndex.key(account.name))
            let (id, outcome) = try put("account", fileID: account.id, match: match, BookMergeColumns.account(account))
            accountIDs[account.id] = id
            tally(\.accounts, outcome)
        }
    }

    private mutating func mergeContacts() throws {
        var byID: [Int64: Int64] = [:]  // id → account
        var byKey = Candidates()  // "e account email" and "n account name"
        var mainContact: [Int64: Int64] = [:]  // account → its main contact
        for row in try Row.fetchAll(db, sql: "SELECT id, account_id, email, name, is_main_contact FROM contact ORDER BY id") {
            let id: Int64 = row[0], accountID: Int64 = row[1], email: String = row[2]
            byID[id] = accountID
            if !email.isEmpty { byKey.add("e \(accountID) \(email.lowercased())", id) }
            byKey.add("n \(accountID) \(BookIndex.key(row[3]))", id)
            if row[4] as Bool { mainContact[accountID] = id }
        }
        let accounts = try book.contacts.map { try Self.mapped($0.accountID, in: accountIDs, "contact \($0.id)") }
        let byIDs = zip(book.contacts, accounts).map { contact, accountID in report.sameBook && byID[contact.id] == accountID ? contact.id : nil }
        byIDs.forEach { byKey.claim($0) }
        var outcomes: [(BookRecords.Contact, Int64, Outcome)] = []
        for ((contact, accountID), idMatch) in zip(zip(book.contacts, accounts), byIDs) {
            var match = idMatch
            if match == nil && !contact.email.isEmpty { match = byKey.take("e \(accountID) \(contact.email.lowercased())") }
            if match == nil { match = byKey.take("n \(accountID) \(BookIndex.key(contact.name))") }
            // An account has one main point of contact. From this book's file, the file's takes
            // over; another book's does not displace the one this account has (it joins, or
            // stays, as one of the account's people), so importing it again changes nothing.
            var isMain = contact.isMainContact
            if isMain, let current = mainContact[accountID], current != match {
                if report.sameBook { try clearMainContact(current) } else { isMain = false }
            }
            let (id, outcome) = try put("contact", fileID: contact.id, match: match, BookMergeColumns.contact(contact, accountID: accountID, isMainContact: isMain))
            if isMain { mainContact[accountID] = id }
            contactIDs[contact.id] = id
            outcomes.append((contact, id, outcome))
        }
        // Managers are set once every contact has its id here, as one may be listed after
        // those who report to them.
        for (contact, id, outcome) in outcomes {
            let manager = try contact.reportsToID.value.map { try Self.mapped($0, in: contactIDs, "contact \(contact.id)") }
            var final = outcome
            if try setColumns("contact", id: id, [("reports_to_id", manager.databaseValue)]) && outcome == .unchanged { final = .updated }
            tally(\.contacts, final)
        }
    }

    /// A kind below an account (or an initiative): matched by id when the file is this book's
    /// and the stored record has the same parent, else by `key` among the parent's records.
    private mutating func mergeChildren<Record>(
        _ records: [Record], table: String, parentColumn: String, keyColumns: [String],
        id: (Record) -> Int64, parent: (Record) throws -> Int64, key: (Record) -> [String],
        columns: (Record, Int64) -> BookMergeColumns.Columns, tally kind: WritableKeyPath<BookMergeReport, BookMergeReport.Tally>,
        merged: (inout BookMerge, Record, Int64, Outcome) throws -> Outcome = { _, _, _, outcome in outcome }
    ) throws -> [Int64: Int64] {
        var byID: [Int64: Int64] = [:]
        var byKey = Candidates()
        let sql = "SELECT id, \(parentColumn), \(keyColumns.joined(separator: ", ")) FROM \(table) ORDER BY id"
        for row in try Row.fetchAll(db, sql: sql) {
            let storedID: Int64 = row[0], parentID: Int64 = row[1]
            byID[storedID] = parentID
            let parts = (2..<(2 + keyColumns.count)).map { Self.keyPart(row[$0] as DatabaseValue) }
            byKey.add(([String(parentID)] + parts).joined(separator: "\u{1F}"), storedID)
        }
        let parents = try records.map(parent)
        let byIDs = zip(records, parents).map { record, parentID in report.sameBook && byID[id(record)] == parentID ? id(record) : nil }
        byIDs.forEach { byKey.claim($0) }
        var ids: [Int64: Int64] = [:]
        for ((record, parentID), idMatch) in zip(zip(records, parents), byIDs) {
            let match = idMatch ?? byKey.take(([String(parentID)] + key(record)).joined(separator: "\u{1F}"))
            let (storedID, outcome) = try put(table, fileID: id(record), match: match, columns(record, parentID))
            ids[id(record)] = storedID
            tally(kind, try merged(&self, record, storedID, outcome))
        }
        return ids
    }

    /// A key column's value as matching compares it: text folded as names are.
    private static func keyPart(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .string(let text): return BookIndex.key(text)
        case .int64(let number): return String(number)
        default: return ""
        }
    }

    private mutating func mergeInitiatives() throws {
        let accounts = accountIDs
        initiativeIDs = try mergeChildren(
            book.initiatives, table: "initiative", parentColumn: "account_id", keyColumns: ["title"], id: \.id,
            parent: { try Self.mapped($0.accountID, in: accounts, "initiative \($0.id)") }, key: { [BookIndex.key($0.title)] },
            columns: BookMergeColumns.initiative, tally: \.initiatives)
    }

    private mutating func mergeProgressUpdates() throws {
        let initiatives = initiativeIDs
        _ = try mergeChildren(
            book.progressUpdates, table: "progress_update", parentColumn: "initiative_id", keyColumns: ["recorded_at", "progress", "status"],
            id: \.id, parent: { try Self.mapped($0.initiativeID, in: initiatives, "progress update \($0.id)") },
            key: { [BookIndex.key($0.recordedAt), String($0.progress), BookIndex.key($0.status)] },
            columns: BookMergeColumns.progressUpdate, tally: \.progressUpdates)
    }

    private mutating func mergeMilestones() throws {
        let initiatives = initiativeIDs
        _ = try mergeChildren(
            book.milestones, table: "milestone", parentColumn: "initiative_id", keyColumns: ["title"], id: \.id,
            parent: { try Self.mapped($0.initiativeID, in: initiatives, "milestone \($0.id)") }, key: { [BookIndex.key($0.title)] },
            columns: BookMergeColumns.milestone, tally: \.milestones)
    }

    /// Each initiative the file names stakeholders for gets exactly the file's list.
    private mutating func mergeStakeholders() throws {
        let byInitiative = Dictionary(grouping: book.initiativeStakeholders, by: \.initiativeID)
        for (fileInitiative, links) in byInitiative.sorted(by: { $0.key < $1.key }) {
            let initiativeID = try Self.mapped(fileInitiative, in: initiativeIDs, "stakeholders of initiative \(fileInitiative)")
            let wanted = try Dictionary(
                links.map { (try Self.mapped($0.contactID, in: contactIDs, "stakeholder of initiative \(fileInitiative)"), $0.audience) },
                uniquingKeysWith: { first, _ in first })
            let stored = initiativeID > 0
                ? Dictionary(
                    try Row.fetchAll(db, sql: "SELECT contact_id, audience FROM initiative_stakeholder WHERE initiative_id = ?", arguments: [initiativeID])
                        .map { row -> (Int64, String) in (try row.decode(forColumn: "contact_id"), try row.decode(forColumn: "audience")) },
                    uniquingKeysWith: { first, _ in first })
                : [:]
            guard stored != wanted else {
                tally(\.stakeholders, .unchanged)
                continue
            }
            if writing {
                for contactID in Set(stored.keys).union(wanted.keys).sorted() where stored[contactID] != wanted[contactID] {
                    try recorder.watch(
                        db, table: "initiative_stakeholder", key: ["initiative_id": .integer(initiativeID), "contact_id": .integer(contactID)])
                    try db.execute(
                        sql: "DELETE FROM initiative_stakeholder WHERE initiative_id = ? AND contact_id = ?", arguments: [initiativeID, contactID])
                    if let audience = wanted[contactID] {
                        try db.execute(
                            sql: "INSERT INTO initiative_stakeholder (initiative_id, contact_id, audience) VALUES (?, ?, ?)",
                            arguments: [initiativeID, contactID, audience])
                    }
                }
            }
            tally(\.stakeholders, stored.isEmpty ? .created : .updated)
        }
    }

    private mutating func mergeInteractions() throws {
        let accounts = accountIDs
        _ = try mergeChildren(
            book.interactions, table: "interaction", parentColumn: "account_id", keyColumns: ["date", "kind", "summary"], id: \.id,
            parent: { try Self.mapped($0.accountID, in: accounts, "interaction \($0.id)") },
            key: { [BookIndex.key($0.date), BookIndex.key($0.kind), BookIndex.key($0.summary)] },
            columns: BookMergeColumns.interaction, tally: \.interactions,
            merged: { merge, interaction, id, outcome in
                let people = try Set(interaction.contactIDs.map { try BookMerge.mapped($0, in: merge.contactIDs, "interaction \(interaction.id)") })
                return try merge.setParticipants(of: id, to: people) && outcome == .unchanged ? .updated : outcome
            })
    }

    private mutating func mergeOpportunities() throws {
        let accounts = accountIDs
        _ = try mergeChildren(
            book.opportunities, table: "opportunity", parentColumn: "account_id", keyColumns: ["name"], id: \.id,
            parent: { try Self.mapped($0.accountID, in: accounts, "opportunity \($0.id)") }, key: { [BookIndex.key($0.name)] },
            columns: BookMergeColumns.opportunity, tally: \.opportunities)
    }

    private mutating func mergeMetricPoints() throws {
        let select = try db.makeStatement(sql: "SELECT actual, target FROM metric_point WHERE account_id = ? AND metric = ? AND month = ?")
        for point in book.metricPoints {
            let accountID = try Self.mapped(point.accountID, in: accountIDs, "metric point")
            let key: [String: StoredValue] = ["account_id": .integer(accountID), "metric": .text(point.metric), "month": .text(point.month)]
            let wanted = [point.actual.value.databaseValue, point.target.value.databaseValue]
            guard let stored = try Row.fetchOne(select, arguments: [accountID, point.metric, point.month]) else {
                if writing {
                    try recorder.watch(db, table: "metric_point", key: key)
                    try db.execute(
                        sql: "INSERT INTO metric_point (account_id, metric, month, actual, target) VALUES (?, ?, ?, ?, ?)",
                        arguments: [accountID, point.metric, point.month, wanted[0], wanted[1]])
                }
                tally(\.metricPoints, .created)
                continue
            }
            guard stored[0] as DatabaseValue != wanted[0] || stored[1] as DatabaseValue != wanted[1] else {
                tally(\.metricPoints, .unchanged)
                continue
            }
            if writing {
                try recorder.watch(db, table: "metric_point", key: key)
                try db.execute(
                    sql: "UPDATE metric_point SET actual = ?, target = ? WHERE account_id = ? AND metric = ? AND month = ?",
                    arguments: [wanted[0], wanted[1], accountID, point.metric, point.month])
            }
            tally(\.metricPoints, .updated)
        }
    }

    // MARK: - Rows

    /// Stored records by the key that identifies them, each handed out once: two records of a
    /// file with the same key (two contacts named alike, two calls on one day) meet two stored
    /// ones, not the same one twice, so a second import finds every record unchanged.
    struct Candidates {
        private var ids: [String: [Int64]] = [:]
        private var taken: Set<Int64> = []

        mutating func add(_ key: String, _ id: Int64) { ids[key, default: []].append(id) }

        /// The first stored record with `key` not yet handed out.
        mutating func take(_ key: String) -> Int64? {
            guard let id = ids[key]?.first(where: { !taken.contains($0) }) else { return nil }
            taken.insert(id)
            return id
        }

        /// Marks a record matched some other way (by id) as handed out.
        mutating func claim(_ id: Int64?) { if let id { taken.insert(id) } }
    }

    private mutating func tally(_ kind: WritableKeyPath<BookMergeReport, BookMergeReport.Tally>, _ outcome: Outcome) {
        switch outcome {
        case .created: report[keyPath: kind].created += 1
        case .updated: report[keyPath: kind].updated += 1
        case .unchanged: report[keyPath: kind].unchanged += 1
        }
    }

    /// The store's id for a record the file refers to; validation has made sure the file holds it.
    static func mapped(_ fileID: Int64, in ids: [Int64: Int64], _ referrer: String) throws -> Int64 {
        guard let id = ids[fileID] else {
            throw StoreError.invalidValue(field: referrer, reason: "refers to \(fileID), which the file does not hold")
        }
        return id
    }

    /// Updates the matched row where the file differs, or adds the record; returns its id here.
    private mutating func put(_ table: String, fileID: Int64, match: Int64?, _ columns: BookMergeColumns.Columns) throws -> (Int64, Outcome) {
        if let match {
            return (match, try setColumns(table, id: match, columns) ? .updated : .unchanged)
        }
        guard writing else {
            standIn -= 1
            return (standIn, .created)
        }
        let taken = try Row.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE id = ?", arguments: [fileID]) != nil
        let free = keepsIDs && !taken
        let names = (free ? ["id"] : []) + columns.map(\.name)
        let values = (free ? [fileID.databaseValue] : []) + columns.map(\.value)
        try db.execute(
            sql: "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))",
            arguments: StatementArguments(values))
        let id = db.lastInsertedRowID
        recorder.noteInserted(table: table, id: id)
        return (id, .created)
    }

    /// Writes the columns of the stored row `id` that differ from `columns`; true when any did.
    private mutating func setColumns(_ table: String, id: Int64, _ columns: BookMergeColumns.Columns) throws -> Bool {
        guard id > 0, let stored = try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]) else { return false }
        let differing = columns.filter { stored[$0.name] as DatabaseValue != $0.value }
        guard !differing.isEmpty else { return false }
        if writing {
            try recorder.watch(db, table: table, id: id)
            try db.execute(
                sql: "UPDATE \(table) SET \(differing.map { "\($0.name) = ?" }.joined(separator: ", ")) WHERE id = ?",
                arguments: StatementArguments(differing.map(\.value) + [id.databaseValue]))
        }
        return true
    }

    private mutating func clearMainContact(_ id: Int64) throws {
        _ = try setColumns("contact", id: id, [("is_main_contact", false.databaseValue)])
    }

    /// Makes the interaction's participants exactly `people`; true when they were not.
    mutating func setParticipants(of interactionID: Int64, to people: Set<Int64>) throws -> Bool {
        let stored = interactionID > 0
            ? Set(try Int64.fetchAll(db, sql: "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?", arguments: [interactionID]))
            : []
        guard stored != people else { return false }
        if writing {
            for contactID in stored.symmetricDifference(people).sorted() {
                try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(interactionID), "contact_id": .integer(contactID)])
            }
            for contactID in stored.subtracting(people) {
                try db.execute(sql: "DELETE FROM interaction_contact WHERE interaction_id = ? AND contact_id = ?", arguments: [interactionID, contactID])
            }
            for contactID in people.subtracting(stored) {
                try db.execute(sql: "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)", arguments: [interactionID, contactID])
            }
        }
        return true
    }
}
