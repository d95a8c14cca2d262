import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Applies one intent as one transaction, at `time`: the store's single way in for changes.
    /// A failure leaves every row as it was.
    public func apply(_ intent: StoreIntent, at time: Date) throws -> WriteOutcome {
        try write { db in
            switch intent {
            case .addAccount(let account): return try addAccount(db, account, at: time)
            case .editAccount(let edit): return try editAccount(db, edit, at: time)
            case .removeAccount(let id): return try removeAccount(db, id: id, at: time)
            case .addContact(let contact): return try addContact(db, contact, at: time)
            case .editContact(let edit): return try editContact(db, edit, at: time)
            case .removeContact(let id, let successor): return try removeContact(db, id: id, successor: successor, at: time)
            case .addInitiative(let initiative): return try addInitiative(db, initiative, at: time)
            case .editInitiative(let edit): return try editInitiative(db, edit, at: time)
            case .removeInitiative(let id): return try removeInitiative(db, id: id, at: time)
            case .bumpProgress(let id, let points): return try bumpProgress(db, initiativeID: id, by: points, at: time)
            case .stepStatus(let id, let forward): return try stepStatus(db, initiativeID: id, forward: forward, at: time)
            case .stepStatusGivingReason(let id, let forward, let reason):
                return try stepStatus(db, initiativeID: id, forward: forward, reason: reason, at: time)
            case .annotateProgress(let updateID, let note): return try annotateProgress(db, updateID: updateID, note: note, at: time)
            case .addMilestone(let milestone): return try addMilestone(db, milestone, at: time)
            case .editMilestone(let edit): return try editMilestone(db, edit, at: time)
            case .removeMilestone(let id): return try removeMilestone(db, id: id, at: time)
            case .toggleMilestone(let id, let day): return try toggleMilestone(db, id: id, on: day, at: time)
            case .setStakeholders(let initiativeID, let stakeholders):
                return try setStakeholders(db, initiativeID: initiativeID, stakeholders, at: time)
            case .logInteraction(let interaction, let followUp): return try logInteraction(db, interaction, nextFollowUp: followUp, at: time)
            case .editInteraction(let edit): return try editInteraction(db, edit, at: time)
            case .removeInteraction(let id): return try removeInteraction(db, id: id, at: time)
            case .addOpportunity(let opportunity): return try addOpportunity(db, opportunity, at: time)
            case .editOpportunity(let edit): return try editOpportunity(db, edit, at: time)
            case .removeOpportunity(let id): return try removeOpportunity(db, id: id, at: time)
            case .recordMetric(let point): return try recordMetric(db, point, at: time)
            case .importRecords(let changes): return try applyImport(db, changes, at: time)
            case .mergeBook(let book, let source): return try applyBookMerge(db, book, source: source, at: time)
            case .snoozeAgendaItem(let key, let accountID, let until): return try snoozeAgendaItem(db, key: key, accountID: accountID, until: until, at: time)
            case .completeFollowUp(let accountID, let today): return try completeFollowUp(db, accountID: accountID, today: today, at: time)
            case .recordSentUpdate(let update): return try recordSentUpdate(db, update, at: time)
            case .undo: return try replayHistory(db, forward: false)
            case .redo: return try replayHistory(db, forward: true)
            }
        }
    }
}
