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

extension AppDatabase {
    /// The initiative's milestones in checklist order.
    public func milestones(initiativeID: Int64) throws -> [Milestone] {
        try read { db in
            try MilestoneRecord.filter(Column("initiative_id") == initiativeID).order(Column("position"), Column("id")).fetchAll(db).map(\.value)
        }
    }

    public func milestone(id: Int64) throws -> Milestone? {
        try read { db in try MilestoneRecord.fetchOne(db, key: id)?.value }
    }

    /// The initiative's stakeholders, by contact id.
    public func stakeholders(initiativeID: Int64) throws -> [InitiativeStakeholder] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT contact_id, audience FROM initiative_stakeholder WHERE initiative_id = ? ORDER BY contact_id", arguments: [initiativeID]
            ).map { row in
                try InitiativeStakeholder(
                    initiativeID: initiativeID, contactID: row.decode(atIndex: 0),
                    audience: StakeholderAudience(rawValue: row.decode(atIndex: 1)) ?? .internal)
            }
        }
    }
}
