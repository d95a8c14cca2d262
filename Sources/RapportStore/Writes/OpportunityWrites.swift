import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    func addOpportunity(_ db: Database, _ opportunity: Opportunity, at time: Date) throws -> WriteOutcome {
        try insertRecorded(db, OpportunityRecord.self, opportunity, accountID: opportunity.accountID, at: time)
    }

    func editOpportunity(_ db: Database, _ edit: RecordEdit<Opportunity>, at time: Date) throws -> WriteOutcome {
        try editRecorded(db, OpportunityRecord.self, edit, accountID: edit.original.accountID, at: time)
    }

    func removeOpportunity(_ db: Database, id: Int64, at time: Date) throws -> WriteOutcome {
        try removeRecorded(db, OpportunityRecord.self, id: id, at: time, accountID: { $0.accountID })
    }
}
