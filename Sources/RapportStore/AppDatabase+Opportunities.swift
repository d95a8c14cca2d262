import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// The account's opportunities, soonest expected close first.
    public func opportunities(accountID: Int64) throws -> [Opportunity] {
        try read { db in
            try OpportunityRecord.fetchAll(
                db, sql: "SELECT * FROM opportunity WHERE account_id = ? ORDER BY expected_close, id", arguments: [accountID]
            ).map(\.value)
        }
    }

    @discardableResult
    public func addOpportunity(_ opportunity: Opportunity, at time: Date) throws -> Opportunity {
        try insertRecorded(OpportunityRecord(opportunity), description: "added opportunity \(opportunity.name)", at: time)
    }

    @discardableResult
    public func updateOpportunity(_ opportunity: Opportunity, at time: Date) throws -> Opportunity {
        try updateRecorded(OpportunityRecord(opportunity), description: "edited opportunity \(opportunity.name)", at: time)
    }

    public func removeOpportunity(id: Int64, at time: Date) throws {
        try write { db in
            guard let opportunity = try OpportunityRecord.fetchOne(db, key: id)?.value else {
                throw StoreError.recordNotFound(kind: "opportunity", id: id)
            }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: "opportunity", id: id)
            try OpportunityRecord.deleteOne(db, key: id)
            try recorder.commit(db, description: "deleted opportunity \(opportunity.name)", at: time)
        }
    }
}
