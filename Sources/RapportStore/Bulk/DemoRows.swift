import Foundation
import GRDB
import RapportCore

/// The inserts of a demo book, and the summary each account gets.
///
/// Each account's children go in one multi-row statement per table, with ids given here (one
/// past the largest so far), so children can name their parents without reading ids back:
/// one statement per table and account costs SQLite far less than one per row.
struct DemoRows {
    private let db: Database
    private var statements: [String: BulkStatement] = [:]
    private var monthText: [Int: String] = [:]
    private var nextID: [String: Int64] = [:]

    static let columns: [String: [String]] = [
        "account": ["id", "name", "industry", "region", "tier", "owner", "arr_minor", "renewal_date", "stay_in_touch_days", "next_follow_up", "notes"],
        "account_summary": [
            "account_id", "stale", "name_key", "arr_key", "renewal_key", "health", "health_band", "trouble", "touch_state", "touch_days",
            "touch_trigger", "arr", "qtd_actual", "quarter_target", "at_risk", "blocked", "overdue", "needs_contact", "renews_soon",
        ],
        "contact": ["id", "account_id", "name", "title", "email", "phone", "role", "influence", "sentiment", "is_main_contact", "reports_to_id"],
        "initiative": ["account_id", "title", "objective", "owner", "status", "progress", "due_date"],
        "interaction": ["id", "account_id", "kind", "date", "summary", "next_step"],
        "interaction_contact": ["interaction_id", "contact_id"],
        "opportunity": ["account_id", "name", "kind", "amount_minor", "probability", "expected_close", "category", "stage"],
        "metric_point": ["account_id", "metric", "month", "actual", "target"],
        "temp.demo_search": ["id", "own", "other"],
    ]

    init(_ db: Database) throws {
        self.db = db
        for table in ["account", "contact", "interaction"] {
            nextID[table] = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0) + 1
        }
        // The search entries are staged in a plain table and indexed in one statement at the end:
        // FTS5 builds its index several times faster from one INSERT ... SELECT than row by row.
        try db.execute(sql: "CREATE TEMP TABLE demo_search (id INTEGER PRIMARY KEY, own TEXT NOT NULL, other TEXT NOT NULL)")
    }

    mutating func insert(_ book: DemoBook, basis: SummaryBasis, sums: inout BookMetricSums) throws -> Int {
        var count = 0
        try book.forEachAccount { demo in
            let accountID = try insertAccount(demo)
            sums.add(demo.metrics)
            try insertSummary(demo, accountID: accountID, basis: basis)
            count += 1
        }
        try db.execute(sql: "INSERT INTO account_search (rowid, own, other) SELECT id, own, other FROM temp.demo_search")
        try db.execute(sql: "DROP TABLE temp.demo_search")
        return count
    }

    /// Inserts `rows` (each the table's columns, in order) in one statement.
    private mutating func insert(_ table: String, _ rows: [[BulkStatement.Value]]) throws {
        guard !rows.isEmpty, let columns = Self.columns[table] else { return }
        let key = "\(table)#\(rows.count)"
        let statement: BulkStatement
        if let cached = statements[key] {
            statement = cached
        } else {
            let row = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
            statement = try BulkStatement(
                db, sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: rows.count).joined(separator: ", "))")
            statements[key] = statement
        }
        try statement.run(rows.flatMap { $0 })
    }

    private mutating func takeIDs(_ table: String, count: Int) -> Int64 {
        let first = nextID[table] ?? 1
        nextID[table] = first + Int64(count)
        return first
    }

    private mutating func insertAccount(_ demo: DemoAccount) throws -> Int64 {
        let value = demo.account
        let accountID = takeIDs("account", count: 1)
        try insert("account", [[
            .integer(accountID), .text(value.name), .text(value.industry), .text(value.region), .text(value.tier.rawValue), .text(value.owner),
            .integer(value.annualRecurringRevenue.minorUnits), .optional(value.renewalDate?.iso), .optional(value.stayInTouchDays),
            .optional(value.nextFollowUp?.iso), .text(value.notes),
        ]])
        let firstContact = takeIDs("contact", count: demo.contacts.count)
        let contactIDs = demo.contacts.indices.map { firstContact + Int64($0) }
        try insert("contact", demo.contacts.enumerated().map { index, person in
            let reportsTo = demo.contactReportsTo[index].flatMap { $0 < contactIDs.count ? contactIDs[$0] : nil }
            return [
                .integer(contactIDs[index]), .integer(accountID), .text(person.name), .text(person.title), .text(person.email),
                .text(person.phone), .text(person.role.rawValue), .integer(person.influence), .text(person.sentiment.rawValue),
                .bool(person.isMainContact), .optional(reportsTo),
            ]
        })
        try insert("initiative", demo.initiatives.map { item in
            [
                .integer(accountID), .text(item.title), .text(item.objective), .text(item.owner), .text(item.status.rawValue),
                .integer(item.progress), .optional(item.dueDate?.iso),
            ]
        })
        try insert("opportunity", demo.opportunities.map { deal in
            [
                .integer(accountID), .text(deal.name), .text(deal.kind.rawValue), .integer(deal.amount.minorUnits),
                .integer(deal.probability), .text(deal.expectedClose.iso), .text(deal.category.rawValue), .text(deal.stage),
            ]
        })
        let firstInteraction = takeIDs("interaction", count: demo.interactions.count)
        try insert("interaction", demo.interactions.enumerated().map { index, touch in
            [
                .integer(firstInteraction + Int64(index)), .integer(accountID), .text(touch.kind.rawValue), .text(touch.date.iso),
                .text(touch.summary), .text(touch.nextStep),
            ]
        })
        var links: [[BulkStatement.Value]] = []
        for (index, touch) in demo.interactions.enumerated() {
            for contact in Set(touch.contactIDs).sorted() where Int(contact) < contactIDs.count {
                links.append([.integer(firstInteraction + Int64(index)), .integer(contactIDs[Int(contact)])])
            }
        }
        try insert("interaction_contact", links)
        var metrics: [[BulkStatement.Value]] = []
        metrics.reserveCapacity(demo.metrics.count)
        for point in demo.metrics {
            metrics.append([.integer(accountID), .text(point.metric), .text(month(point.month)), .optional(point.actual), .optional(point.target)])
        }
        try insert("metric_point", metrics)
        return accountID
    }

    private mutating func month(_ month: YearMonth) -> String {
        let key = month.year * 12 + month.month
        if let text = monthText[key] { return text }
        let text = month.iso
        monthText[key] = text
        return text
    }

    /// The summary and search entry the store's refresh would compute, from the records in hand.
    private mutating func insertSummary(_ demo: DemoAccount, accountID: Int64, basis: SummaryBasis) throws {
        let row = SummaryRow(demo.overview(id: accountID, today: basis.today, calendar: basis.calendar), today: basis.today)
        try insert("account_summary", [[
            .integer(accountID), .integer(0), .text(row.nameKey), .integer(row.arrKey), .text(row.renewalKey), .integer(row.health),
            .integer(row.healthBand), .integer(row.trouble), .integer(row.touchState), .integer(row.touchDays), .text(row.touchTrigger),
            .integer(row.arr), .integer(row.quarterToDateActual), .integer(row.quarterTarget), .integer(row.atRisk),
            .integer(row.blocked), .integer(row.overdue), .bool(row.needsContact), .bool(row.renewsSoon),
        ]])
        let value = demo.account
        var other: [String] = value.notes.isEmpty ? [] : [value.notes]
        other += demo.contacts.map { SearchIndexing.contactText(name: $0.name, email: $0.email) }
        other += demo.interactions.map { SearchIndexing.interactionText(summary: $0.summary, nextStep: $0.nextStep) }
        try insert("temp.demo_search", [[
            .integer(accountID), .text(SearchIndexing.ownText(name: value.name, industry: value.industry, owner: value.owner, region: value.region)),
            .text(SearchIndexing.otherText(other)),
        ]])
    }
}
