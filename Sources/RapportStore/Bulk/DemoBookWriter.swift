import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Writes a whole demo book in one transaction (all or nothing), after removing everything
    /// the store holds when `replacingExisting`. Returns the account count. A demo book is not
    /// an undoable change: replacing a store also clears its change log.
    @discardableResult
    public func writeDemoBook(_ book: DemoBook, replacingExisting: Bool = false) throws -> Int {
        try write { db in
            if replacingExisting {
                try db.execute(sql: "DELETE FROM account_search")
                try db.execute(sql: "DELETE FROM account")
                try db.execute(sql: "DELETE FROM change_log")
            }
            let triggers = try SuspendedTriggers(db, on: ["account", "contact", "initiative", "interaction", "metric_point"])
            var sums = BookMetricSums()
            let count = try DemoRows(db).insert(book, sums: &sums)
            try sums.store(db)
            try triggers.restore(db)
            // The write's own refresh then computes every new summary and search entry.
            return count
        }
    }
}

/// The running monthly sums `book_metric_month` keeps, gathered while rows are inserted.
struct BookMetricSums {
    private var months: [String: [String: (actual: Int64, target: Int64, actualCount: Int64, targetCount: Int64)]] = [:]

    mutating func add(metric: String, month: String, actual: Int64?, target: Int64?) {
        var entry = months[metric, default: [:]][month] ?? (0, 0, 0, 0)
        if let actual {
            entry.actual &+= actual
            entry.actualCount += 1
        }
        if let target {
            entry.target &+= target
            entry.targetCount += 1
        }
        months[metric, default: [:]][month] = entry
    }

    func store(_ db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO book_metric_month (metric, month, actual, target, actual_count, target_count) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (metric, month) DO UPDATE SET
                    actual = actual + excluded.actual, target = target + excluded.target,
                    actual_count = actual_count + excluded.actual_count, target_count = target_count + excluded.target_count
                """)
        for (metric, byMonth) in months {
            for (month, entry) in byMonth {
                try upsert.execute(arguments: [metric, month, entry.actual, entry.target, entry.actualCount, entry.targetCount])
            }
        }
    }
}

/// The prepared inserts of a demo book.
private struct DemoRows {
    let account: BulkStatement
    let summary: BulkStatement
    let contact: BulkStatement
    let initiative: BulkStatement
    let metric: BulkStatement
    let interaction: BulkStatement
    let link: BulkStatement
    let opportunity: BulkStatement

    init(_ db: Database) throws {
        account = try BulkStatement(
            db, sql: """
                INSERT INTO account (name, industry, region, tier, owner, arr_minor, renewal_date, stay_in_touch_days, next_follow_up, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        summary = try BulkStatement(db, sql: "INSERT INTO account_summary (account_id, stale) VALUES (?, 3)")
        contact = try BulkStatement(
            db, sql: """
                INSERT INTO contact (account_id, name, title, email, phone, role, influence, sentiment, is_main_contact, reports_to_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        initiative = try BulkStatement(
            db, sql: "INSERT INTO initiative (account_id, title, objective, owner, status, progress, due_date) VALUES (?, ?, ?, ?, ?, ?, ?)")
        metric = try BulkStatement(db, sql: "INSERT INTO metric_point (account_id, metric, month, actual, target) VALUES (?, ?, ?, ?, ?)")
        interaction = try BulkStatement(db, sql: "INSERT INTO interaction (account_id, kind, date, summary, next_step) VALUES (?, ?, ?, ?, ?)")
        link = try BulkStatement(db, sql: "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)")
        opportunity = try BulkStatement(
            db, sql: """
                INSERT INTO opportunity (account_id, name, kind, amount_minor, probability, expected_close, category, stage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    func insert(_ book: DemoBook, sums: inout BookMetricSums) throws -> Int {
        var count = 0
        try book.forEachAccount { demo in
            let value = demo.account
            try account.run([
                .text(value.name), .text(value.industry), .text(value.region), .text(value.tier.rawValue), .text(value.owner),
                .integer(value.annualRecurringRevenue.minorUnits), .optional(value.renewalDate?.iso), .optional(value.stayInTouchDays),
                .optional(value.nextFollowUp?.iso), .text(value.notes),
            ])
            let accountID = account.lastInsertedRowID
            try summary.run([.integer(accountID)])
            var contactIDs: [Int64] = []
            for (index, person) in demo.contacts.enumerated() {
                let reportsTo = demo.contactReportsTo[index].flatMap { $0 < contactIDs.count ? contactIDs[$0] : nil }
                try contact.run([
                    .integer(accountID), .text(person.name), .text(person.title), .text(person.email), .text(person.phone),
                    .text(person.role.rawValue), .integer(person.influence), .text(person.sentiment.rawValue),
                    .bool(person.isMainContact), .optional(reportsTo),
                ])
                contactIDs.append(contact.lastInsertedRowID)
            }
            for item in demo.initiatives {
                try initiative.run([
                    .integer(accountID), .text(item.title), .text(item.objective), .text(item.owner), .text(item.status.rawValue),
                    .integer(item.progress), .optional(item.dueDate?.iso),
                ])
            }
            for deal in demo.opportunities {
                try opportunity.run([
                    .integer(accountID), .text(deal.name), .text(deal.kind.rawValue), .integer(deal.amount.minorUnits),
                    .integer(deal.probability), .text(deal.expectedClose.iso), .text(deal.category.rawValue), .text(deal.stage),
                ])
            }
            for touch in demo.interactions {
                try interaction.run([.integer(accountID), .text(touch.kind.rawValue), .text(touch.date.iso), .text(touch.summary), .text(touch.nextStep)])
                let interactionID = interaction.lastInsertedRowID
                for index in Set(touch.contactIDs).sorted() where Int(index) < contactIDs.count {
                    try link.run([.integer(interactionID), .integer(contactIDs[Int(index)])])
                }
            }
            for point in demo.metrics {
                let month = point.month.iso
                try metric.run([.integer(accountID), .text(point.metric), .text(month), .optional(point.actual), .optional(point.target)])
                sums.add(metric: point.metric, month: month, actual: point.actual, target: point.target)
            }
            count += 1
        }
        return count
    }
}
