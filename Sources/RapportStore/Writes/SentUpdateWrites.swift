import Foundation
import GRDB
import RapportCore

/// A stakeholder update that went out: to whom (the account and audience), when, and from
/// which day it covered.
public struct SentUpdate: Hashable, Sendable {
    public var accountID: Int64
    public var audience: UpdateAudience
    public var coveredSince: Day
    public var format: String

    public init(accountID: Int64, audience: UpdateAudience, coveredSince: Day, format: String) {
        self.accountID = accountID
        self.audience = audience
        self.coveredSince = coveredSince
        self.format = format
    }
}

extension AppDatabase {
    /// Records `update` as sent at `time`, in the change log like every write.
    func recordSentUpdate(_ db: Database, _ update: SentUpdate, at time: Date) throws -> WriteOutcome {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE id = ?", arguments: [update.accountID]) == true else {
            throw StoreError.recordNotFound(kind: "account", id: update.accountID)
        }
        var recorder = ChangeRecorder()
        try db.execute(
            sql: "INSERT INTO sent_update (account_id, sent_at, audience, covered_since, format) VALUES (?, ?, ?, ?, ?)",
            arguments: [update.accountID, time, update.audience.rawValue, update.coveredSince.iso, update.format])
        recorder.noteInserted(table: "sent_update", id: db.lastInsertedRowID)
        return try saved(recorder, db, "recorded the \(update.audience.rawValue) update as sent", at: time, focus: update.accountID)
    }

    /// When the last update of `audience` to the account was sent.
    public func lastSentUpdate(accountID: Int64, audience: UpdateAudience) throws -> Date? {
        try read { db in
            try Date.fetchOne(
                db, sql: "SELECT MAX(sent_at) FROM sent_update WHERE account_id = ? AND audience = ?", arguments: [accountID, audience.rawValue])
        }
    }
}
