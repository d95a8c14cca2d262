import GRDB
import RapportCore

extension AppDatabase {
    /// The account's initiatives, soonest due first (undated last), then by title.
    public func initiatives(accountID: Int64) throws -> [Initiative] {
        try read { db in try Self.initiatives(db, accountID: accountID) }
    }

    static func initiatives(_ db: Database, accountID: Int64) throws -> [Initiative] {
        try InitiativeRecord.fetchAll(
            db,
            SQLRequest(
                sql: "SELECT \(InitiativeRecord.selectionSQL) FROM initiative WHERE account_id = ? ORDER BY due_date IS NULL, due_date, title, id",
                arguments: [accountID], cached: true)
        ).map(\.value)
    }

    public func initiative(id: Int64) throws -> Initiative? {
        try read { db in try InitiativeRecord.fetchOne(db, key: id)?.value }
    }

    /// Newest first.
    public func progressUpdates(initiativeID: Int64) throws -> [ProgressUpdate] {
        try read { db in
            try ProgressUpdateRecord.filter(Column("initiative_id") == initiativeID)
                .order(Column("recorded_at").desc, Column("id").desc).fetchAll(db).map(\.value)
        }
    }
}
