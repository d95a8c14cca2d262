import Foundation
import GRDB

/// What a restore wrote.
public struct RestoreSummary: Hashable, Sendable {
    public var accounts: Int
    public var contacts: Int
    public var interactions: Int
    public var initiatives: Int
    public var milestones: Int
    public var stakeholders: Int
    public var progressUpdates: Int
    public var opportunities: Int
    public var metricPoints: Int
    public var changes: Int
}

/// Puts a book file back into an empty store exactly: every row with its id and version, the
/// change log's entries as they were. Checked whole first (`BookFile.decode`, then
/// `BookValidation`), then written in one transaction, so a bad file writes nothing.
///
/// The derived tables (summaries, KPI totals, search, the book's monthly sums) are not in the
/// file: the triggers and the summary refresh of the same transaction rebuild them from the rows.
/// The restore itself is not an entry in the change log (it is not something `u` could undo),
/// and the restored entries name sessions that have ended, so no window can undo them either.
enum BookRestore {
    static func write(_ book: BookFile, _ db: Database) throws -> RestoreSummary {
        // A contact may report to one listed after it; the references are all checked at commit.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        func insert(_ table: String, _ columns: [String], _ rows: some Sequence<[(any DatabaseValueConvertible)?]>) throws {
            let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let statement = try db.makeStatement(sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))")
            for row in rows { try statement.execute(arguments: StatementArguments(row)) }
        }
        try insert(
            "account", ["id", "version", "name", "industry", "region", "tier", "owner", "arr_minor", "renewal_date", "stay_in_touch_days", "next_follow_up", "notes", "client_since",
             "churned_on"],
            book.accounts.lazy.map {
                [$0.id, $0.version, $0.name, $0.industry, $0.region, $0.tier, $0.owner, $0.arrMinor, $0.renewalDate.value, $0.stayInTouchDays.value,
                 $0.nextFollowUp.value, $0.notes, $0.clientSince.value, $0.churnedOn.value]
            })
        try insert(
            "contact",
            ["id", "version", "account_id", "name", "title", "email", "phone", "role", "influence", "sentiment", "is_main_contact", "reports_to_id", "stay_in_touch_days"],
            book.contacts.lazy.map {
                [$0.id, $0.version, $0.accountID, $0.name, $0.title, $0.email, $0.phone, $0.role, $0.influence, $0.sentiment, $0.isMainContact,
                 $0.reportsToID.value, $0.stayInTouchDays.value]
            })
        try insert(
            "interaction", ["id", "version", "account_id", "kind", "date", "summary", "next_step"],
            book.interactions.lazy.map { [$0.id, $0.version, $0.accountID, $0.kind, $0.date, $0.summary, $0.nextStep] })
        try insert(
            "interaction_contact", ["interaction_id", "contact_id"],
            book.interactions.lazy.flatMap { interaction in interaction.contactIDs.map { [interaction.id, $0] } })
        try insert(
            "initiative",
            ["id", "version", "account_id", "title", "objective", "owner", "status", "progress", "due_date", "start_date", "target_metric", "target_value",
             "target_date", "progress_follows_milestones"],
            book.initiatives.lazy.map {
                [$0.id, $0.version, $0.accountID, $0.title, $0.objective, $0.owner, $0.status, $0.progress, $0.dueDate.value, $0.startDate.value,
                 $0.targetMetric.value, $0.targetValue.value, $0.targetDate.value, $0.progressFollowsMilestones]
            })
        try insert(
            "milestone", ["id", "version", "initiative_id", "title", "due_date", "done_on", "position"],
            book.milestones.lazy.map { [$0.id, $0.version, $0.initiativeID, $0.title, $0.dueDate.value, $0.doneOn.value, $0.position] })
        try insert(
            "initiative_stakeholder", ["initiative_id", "contact_id", "audience"],
            book.initiativeStakeholders.lazy.map { [$0.initiativeID, $0.contactID, $0.audience] })
        try insert(
            "progress_update", ["id", "initiative_id", "recorded_at", "previous_progress", "progress", "previous_status", "status", "note", "reason"],
            book.progressUpdates.lazy.map {
                [$0.id, $0.initiativeID, $0.recordedAt, $0.previousProgress, $0.progress, $0.previousStatus, $0.status, $0.note, $0.reason]
            })
        try insert(
            "opportunity", ["id", "version", "account_id", "name", "kind", "amount_minor", "probability", "expected_close", "category", "stage"],
            book.opportunities.lazy.map {
                [$0.id, $0.version, $0.accountID, $0.name, $0.kind, $0.amountMinor, $0.probability, $0.expectedClose, $0.category, $0.stage]
            })
        try insert(
            "metric_point", ["account_id", "metric", "month", "actual", "target"],
            book.metricPoints.lazy.map { [$0.accountID, $0.metric, $0.month, $0.actual.value, $0.target.value] })
        try insert(
            "agenda_snooze", ["item_key", "account_id", "until"],
            (book.agendaSnoozes ?? []).lazy.map { [$0.itemKey, $0.accountID, $0.until.value] })
        try insert(
            "change_log", ["id", "recorded_at", "description", "changes", "undone", "session"],
            book.changeLog.lazy.map { [$0.id, $0.recordedAt, $0.description, $0.changes, $0.undone, $0.session] })
        return RestoreSummary(
            accounts: book.accounts.count, contacts: book.contacts.count, interactions: book.interactions.count,
            initiatives: book.initiatives.count, milestones: book.milestones.count, stakeholders: book.initiativeStakeholders.count,
            progressUpdates: book.progressUpdates.count, opportunities: book.opportunities.count,
            metricPoints: book.metricPoints.count, changes: book.changeLog.count)
    }
}

extension AppDatabase {
    /// Restores the book file `data` (named `file` in errors) into this store, which must hold
    /// no records yet. Nothing is written unless the whole file is valid.
    public func restoreBook(from data: Data, file: String) throws -> RestoreSummary {
        try restoreBook(try BookFile.load(data, file: file))
    }

    /// Restores a book file already read and checked (`BookFile.load`) into this empty store.
    public func restoreBook(_ book: BookFile) throws -> RestoreSummary {
        try write { db in
            let held = try Int.fetchOne(
                db, sql: "SELECT (SELECT COUNT(*) FROM account) + (SELECT COUNT(*) FROM change_log)") ?? 0
            guard held == 0 else {
                let accounts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0
                throw StoreError.invalidValue(
                    field: path, reason: "already holds \(accounts) accounts and a change log; restore the file into a new store, or import it to merge (--store NEW.sqlite)")
            }
            return try BookRestore.write(book, db)
        }
    }
}
