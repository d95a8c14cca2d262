import GRDB
import RapportCore

/// What an initiative's read view shows beyond the initiative itself: its milestones, its
/// stakeholders, and a page of its history (newest first) with how long the history is.
public struct InitiativePlan: Hashable, Sendable {
    public let initiativeID: Int64
    public let milestones: [Milestone]
    public let stakeholders: [InitiativeStakeholder]
    /// Each stakeholder's name, by contact id.
    public let contactNames: [Int64: String]
    /// The newest `historyLimit` progress and status changes, newest first.
    public let history: [ProgressUpdate]
    /// Every change on record, of which `history` is the newest.
    public let historyCount: Int

    public init(
        initiativeID: Int64, milestones: [Milestone], stakeholders: [InitiativeStakeholder], contactNames: [Int64: String] = [:],
        history: [ProgressUpdate], historyCount: Int
    ) {
        self.initiativeID = initiativeID
        self.milestones = milestones
        self.stakeholders = stakeholders
        self.contactNames = contactNames
        self.history = history
        self.historyCount = historyCount
    }
}

extension AppDatabase {
    /// The initiative's plan, with at most `historyLimit` changes of its history, in one read.
    public func initiativePlan(initiativeID: Int64, historyLimit: Int) throws -> InitiativePlan {
        try read { db in
            let milestones = try MilestoneRecord.filter(Column("initiative_id") == initiativeID)
                .order(Column("position"), Column("id")).fetchAll(db).map(\.value)
            let stakeholders = try Row.fetchAll(
                db, sql: "SELECT contact_id, audience FROM initiative_stakeholder WHERE initiative_id = ? ORDER BY contact_id", arguments: [initiativeID]
            ).map { row in
                try InitiativeStakeholder(
                    initiativeID: initiativeID, contactID: row.decode(atIndex: 0),
                    audience: StakeholderAudience(rawValue: row.decode(atIndex: 1)) ?? .internal)
            }
            var names: [Int64: String] = [:]
            let sql = "SELECT c.id, \(ShownText.expression("name", of: "c")) FROM initiative_stakeholder s JOIN contact c ON c.id = s.contact_id WHERE s.initiative_id = ?"
            for row in try Row.fetchAll(db, sql: sql, arguments: [initiativeID]) { names[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1) }
            let history = try ProgressUpdateRecord.filter(Column("initiative_id") == initiativeID)
                .order(Column("recorded_at").desc, Column("id").desc).limit(max(0, historyLimit)).fetchAll(db).map(\.value)
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM progress_update WHERE initiative_id = ?", arguments: [initiativeID]) ?? 0
            return InitiativePlan(
                initiativeID: initiativeID, milestones: milestones, stakeholders: stakeholders, contactNames: names, history: history, historyCount: count)
        }
    }
}
