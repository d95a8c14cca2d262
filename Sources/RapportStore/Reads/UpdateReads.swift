import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// What a stakeholder update on one account is built from: its progress changes recorded
    /// after `since`, its open initiatives with their latest note, its open milestones ahead
    /// (from `today`), the asks, and its own notes.
    ///
    /// Who reads what: the store marks no text as meant for the client, so every note and every
    /// reason typed on a change is internal, and so are the account's notes; an external update
    /// says what moved and what is due without any of them. Initiative and milestone titles are
    /// the plan both sides work to, so they are shared. Asks are worded here, from the plan, so
    /// they are shared too (see `UpdatePlanQueries.asks`).
    public func stakeholderUpdateInput(accountID: Int64, since: Date, lastSent: Date?, today: Day) throws -> StakeholderUpdateInput {
        try read { db in
            guard let name = try ReportQueries.accountName(db, id: accountID) else {
                throw StoreError.recordNotFound(kind: "account", id: accountID)
            }
            let notes = try String.fetchOne(db, sql: "SELECT \(ShownText.expression("notes")) FROM account WHERE id = ?", arguments: [accountID]) ?? ""
            let changes = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ShownText.expression("title", of: "i")), p.recorded_at, p.previous_progress, p.progress, p.previous_status, p.status,
                        \(UpdatePlanQueries.reasonAndNote("p"))
                    FROM progress_update p JOIN initiative i ON i.id = p.initiative_id
                    WHERE i.account_id = ? AND p.recorded_at > ? ORDER BY p.recorded_at, p.id
                    """, arguments: [accountID, since]
            ).map { row in
                StakeholderUpdateInput.Change(
                    initiative: try row.decode(atIndex: 0), recordedAt: try row.decode(atIndex: 1), previousProgress: try row.decode(atIndex: 2),
                    progress: try row.decode(atIndex: 3), previousStatus: InitiativeStatus(rawValue: try row.decode(atIndex: 4)) ?? .planned,
                    status: InitiativeStatus(rawValue: try row.decode(atIndex: 5)) ?? .planned,
                    note: UpdateNote(try row.decode(atIndex: 6), visibility: .internal))
            }
            let open = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ShownText.expression("title", of: "i")), i.status, i.progress, i.due_date,
                        COALESCE((SELECT \(UpdatePlanQueries.reasonAndNote("p")) FROM progress_update p WHERE p.initiative_id = i.id
                                  ORDER BY p.recorded_at DESC, p.id DESC LIMIT 1), '')
                    FROM initiative i WHERE i.account_id = ? AND i.status <> 'done' ORDER BY i.due_date IS NULL, i.due_date, i.id
                    """, arguments: [accountID]
            ).map { row in
                StakeholderUpdateInput.OpenInitiative(
                    title: try row.decode(atIndex: 0), status: InitiativeStatus(rawValue: try row.decode(atIndex: 1)) ?? .planned,
                    progress: try row.decode(atIndex: 2), dueDate: (try row.decode(atIndex: 3) as String?).flatMap(Day.init(iso:)),
                    latestNote: UpdateNote(try row.decode(atIndex: 4), visibility: .internal))
            }
            return StakeholderUpdateInput(
                account: name, changes: changes, openInitiatives: open, accountNotes: notes,
                milestones: try UpdatePlanQueries.milestonesAhead(db, accountID: accountID, today: today),
                asks: try UpdatePlanQueries.asks(db, accountID: accountID, today: today), lastSent: lastSent)
        }
    }
}
