import GRDB

/// Reads a book's tables record by record, in id order, for the exporters: a cursor per table,
/// so a book of any size is never held in memory, and one read transaction (the caller's), so
/// every table is read from the same moment.
///
/// Text columns are read through `ShownText` (a NUL another program stored shows as the
/// placeholder, as everywhere in the app); everything else as stored.
struct BookReader {
    let db: Database

    private func each(_ sql: String, _ body: (Row) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() { try body(row) }
    }

    private static func shown(_ columns: String...) -> String { columns.map { ShownText.column($0) }.joined(separator: ", ") }

    func accounts(_ body: (BookRecords.Account) throws -> Void) throws {
        try each("SELECT \(Self.shown("name", "industry", "region", "owner", "notes")), * FROM account ORDER BY id") { row in
            try body(BookRecords.Account(
                id: row.decode(forColumn: "id"), version: row.decode(forColumn: "version"), name: row.decode(forColumn: "name"),
                industry: row.decode(forColumn: "industry"), region: row.decode(forColumn: "region"), tier: row.decode(forColumn: "tier"),
                owner: row.decode(forColumn: "owner"), arrMinor: row.decode(forColumn: "arr_minor"),
                renewalDate: Nullable(row.decode(forColumn: "renewal_date")), stayInTouchDays: Nullable(row.decode(forColumn: "stay_in_touch_days")),
                nextFollowUp: Nullable(row.decode(forColumn: "next_follow_up")), notes: row.decode(forColumn: "notes"),
                clientSince: Nullable(row.decode(forColumn: "client_since")), churnedOn: Nullable(row.decode(forColumn: "churned_on"))))
        }
    }

    func contacts(_ body: (BookRecords.Contact) throws -> Void) throws {
        try each("SELECT \(Self.shown("name", "title", "email", "phone")), * FROM contact ORDER BY id") { row in
            try body(BookRecords.Contact(
                id: row.decode(forColumn: "id"), version: row.decode(forColumn: "version"), accountID: row.decode(forColumn: "account_id"),
                name: row.decode(forColumn: "name"), title: row.decode(forColumn: "title"), email: row.decode(forColumn: "email"),
                phone: row.decode(forColumn: "phone"), role: row.decode(forColumn: "role"), influence: row.decode(forColumn: "influence"),
                sentiment: row.decode(forColumn: "sentiment"), isMainContact: row.decode(forColumn: "is_main_contact"),
                reportsToID: Nullable(row.decode(forColumn: "reports_to_id")), stayInTouchDays: Nullable(row.decode(forColumn: "stay_in_touch_days"))))
        }
    }

    /// Each interaction with the contacts who took part: the links are read by a second cursor
    /// in the same (interaction id) order and merged, never gathered for the whole book.
    func interactions(_ body: (BookRecords.Interaction) throws -> Void) throws {
        let links = try Row.fetchCursor(db, sql: "SELECT interaction_id, contact_id FROM interaction_contact ORDER BY interaction_id, contact_id")
        var pending = try links.next()
        try each("SELECT \(Self.shown("summary", "next_step")), * FROM interaction ORDER BY id") { row in
            let id: Int64 = try row.decode(forColumn: "id")
            var contactIDs: [Int64] = []
            while let link = pending {
                let linkedTo: Int64 = try link.decode(atIndex: 0)
                if linkedTo > id { break }
                if linkedTo == id { contactIDs.append(try link.decode(atIndex: 1)) }
                pending = try links.next()
            }
            try body(BookRecords.Interaction(
                id: id, version: row.decode(forColumn: "version"), accountID: row.decode(forColumn: "account_id"),
                kind: row.decode(forColumn: "kind"), date: row.decode(forColumn: "date"), summary: row.decode(forColumn: "summary"),
                nextStep: row.decode(forColumn: "next_step"), contactIDs: contactIDs))
        }
    }

    func initiatives(_ body: (BookRecords.Initiative) throws -> Void) throws {
        try each("SELECT \(Self.shown("title", "objective", "owner", "target_metric")), * FROM initiative ORDER BY id") { row in
            try body(BookRecords.Initiative(
                id: row.decode(forColumn: "id"), version: row.decode(forColumn: "version"), accountID: row.decode(forColumn: "account_id"),
                title: row.decode(forColumn: "title"), objective: row.decode(forColumn: "objective"), owner: row.decode(forColumn: "owner"),
                status: row.decode(forColumn: "status"), progress: row.decode(forColumn: "progress"), dueDate: Nullable(row.decode(forColumn: "due_date")),
                startDate: Nullable(row.decode(forColumn: "start_date")), targetMetric: Nullable(row.decode(forColumn: "target_metric")),
                targetValue: Nullable(row.decode(forColumn: "target_value")), targetDate: Nullable(row.decode(forColumn: "target_date")),
                progressFollowsMilestones: row.decode(forColumn: "progress_follows_milestones")))
        }
    }

    func milestones(_ body: (BookRecords.Milestone) throws -> Void) throws {
        try each("SELECT \(Self.shown("title")), * FROM milestone ORDER BY id") { row in
            try body(BookRecords.Milestone(
                id: row.decode(forColumn: "id"), version: row.decode(forColumn: "version"), initiativeID: row.decode(forColumn: "initiative_id"),
                title: row.decode(forColumn: "title"), dueDate: Nullable(row.decode(forColumn: "due_date")),
                doneOn: Nullable(row.decode(forColumn: "done_on")), position: row.decode(forColumn: "position")))
        }
    }

    func stakeholders(_ body: (BookRecords.Stakeholder) throws -> Void) throws {
        try each("SELECT initiative_id, contact_id, audience FROM initiative_stakeholder ORDER BY initiative_id, contact_id") { row in
            try body(BookRecords.Stakeholder(
                initiativeID: row.decode(forColumn: "initiative_id"), contactID: row.decode(forColumn: "contact_id"),
                audience: row.decode(forColumn: "audience")))
        }
    }

    func progressUpdates(_ body: (BookRecords.ProgressUpdate) throws -> Void) throws {
        try each("SELECT \(Self.shown("note", "reason")), * FROM progress_update ORDER BY id") { row in
            try body(BookRecords.ProgressUpdate(
                id: row.decode(forColumn: "id"), initiativeID: row.decode(forColumn: "initiative_id"),
                recordedAt: row.decode(forColumn: "recorded_at"), previousProgress: row.decode(forColumn: "previous_progress"),
                progress: row.decode(forColumn: "progress"), previousStatus: row.decode(forColumn: "previous_status"),
                status: row.decode(forColumn: "status"), note: row.decode(forColumn: "note"), reason: row.decode(forColumn: "reason")))
        }
    }

    func opportunities(_ body: (BookRecords.Opportunity) throws -> Void) throws {
        try each("SELECT \(Self.shown("name", "stage")), * FROM opportunity ORDER BY id") { row in
            try body(BookRecords.Opportunity(
                id: row.decode(forColumn: "id"), version: row.decode(forColumn: "version"), accountID: row.decode(forColumn: "account_id"),
                name: row.decode(forColumn: "name"), kind: row.decode(forColumn: "kind"), amountMinor: row.decode(forColumn: "amount_minor"),
                probability: row.decode(forColumn: "probability"), expectedClose: row.decode(forColumn: "expected_close"),
                category: row.decode(forColumn: "category"), stage: row.decode(forColumn: "stage")))
        }
    }

    func metricPoints(_ body: (BookRecords.MetricPoint) throws -> Void) throws {
        try each("SELECT account_id, \(Self.shown("metric")), month, actual, target FROM metric_point ORDER BY account_id, metric, month") { row in
            try body(BookRecords.MetricPoint(
                accountID: row.decode(forColumn: "account_id"), metric: row.decode(forColumn: "metric"), month: row.decode(forColumn: "month"),
                actual: Nullable(row.decode(forColumn: "actual")), target: Nullable(row.decode(forColumn: "target"))))
        }
    }

    func agendaSnoozes(_ body: (BookRecords.AgendaSnooze) throws -> Void) throws {
        try each("SELECT \(Self.shown("item_key")), account_id, until FROM agenda_snooze ORDER BY item_key") { row in
            try body(BookRecords.AgendaSnooze(
                itemKey: row.decode(forColumn: "item_key"), accountID: row.decode(forColumn: "account_id"),
                until: Nullable(row.decode(forColumn: "until"))))
        }
    }

    func changes(_ body: (BookRecords.Change) throws -> Void) throws {
        try each("SELECT id, \(Self.shown("recorded_at", "description", "changes", "session")), undone FROM change_log ORDER BY id") { row in
            try body(BookRecords.Change(
                id: row.decode(forColumn: "id"), recordedAt: row.decode(forColumn: "recorded_at"),
                description: row.decode(forColumn: "description"), changes: row.decode(forColumn: "changes"),
                undone: row.decode(forColumn: "undone"), session: row.decode(forColumn: "session")))
        }
    }
}
