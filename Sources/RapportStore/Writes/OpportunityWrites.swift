import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    func addOpportunity(_ db: Database, _ opportunity: Opportunity, at time: Date) throws -> WriteOutcome {
        guard try AccountRecord.exists(db, key: opportunity.accountID) else {
            throw StoreError.recordNotFound(kind: "account", id: opportunity.accountID)
        }
        var record = OpportunityRecord(opportunity)
        record.value.id = nil
        return try insertRecorded(db, record, accountID: opportunity.accountID, at: time)
    }

    func editOpportunity(_ db: Database, _ edit: RecordEdit<Opportunity>, at time: Date) throws -> WriteOutcome {
        try editRecorded(db, OpportunityRecord.self, edit, accountID: edit.original.accountID, at: time)
    }

    func removeOpportunity(_ db: Database, id: Int64, at time: Date) throws -> WriteOutcome {
        try removeRecorded(db, OpportunityRecord.self, id: id, at: time, accountID: { $0.accountID })
    }
}
