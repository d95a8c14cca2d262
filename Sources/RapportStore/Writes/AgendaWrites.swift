import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Snoozes (or, with no `until`, marks done) one agenda item; snoozing it again moves the date.
    func snoozeAgendaItem(_ db: Database, key: String, accountID: Int64, until: Day?, at time: Date) throws -> WriteOutcome {
        guard let name = try String.fetchOne(db, sql: "SELECT name FROM account WHERE id = ?", arguments: [accountID]) else {
            throw StoreError.recordNotFound(kind: "account", id: accountID)
        }
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: "agenda_snooze", key: ["item_key": .text(key)])
        try db.execute(
            sql: """
                INSERT INTO agenda_snooze (item_key, account_id, until) VALUES (?, ?, ?)
                ON CONFLICT (item_key) DO UPDATE SET account_id = excluded.account_id, until = excluded.until
                """,
            arguments: [key, accountID, until?.iso])
        let what = until.map { "snoozed an agenda item of \(name) until \($0.iso)" } ?? "marked an agenda item of \(name) done"
        return try saved(recorder, db, what, at: time, focus: accountID)
    }

    /// The follow-up is done: the next one is the cadence away from today, as the account's
    /// stored cadence says (not the one a screen showed).
    func completeFollowUp(_ db: Database, accountID: Int64, today: Day, at time: Date) throws -> WriteOutcome {
        guard let stored = try AccountRecord.fetchOne(db, key: accountID)?.value else {
            throw StoreError.recordNotFound(kind: "account", id: accountID)
        }
        var account = stored
        account.nextFollowUp = stored.stayInTouchDays.flatMap { $0 > 0 ? today.adding(days: min($0, 100 * 365)) : nil }
        guard account.nextFollowUp != stored.nextFollowUp else { return .unchanged("No follow-up to move for \(stored.name)") }
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: "account", id: accountID)
        try AccountRecord(account).updateChanges(db, from: AccountRecord(stored))
        let what = account.nextFollowUp.map { "follow-up with \(stored.name) done; next on \($0.iso)" } ?? "follow-up with \(stored.name) done"
        return try saved(recorder, db, what, at: time, focus: accountID)
    }
}
