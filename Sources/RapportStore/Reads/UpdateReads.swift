import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// What a stakeholder update on one account is built from: its progress changes recorded
    /// after `since`, its open initiatives with their latest note, and its own notes. Every
    /// note is internal: the store does not yet mark notes for the client.
    public func stakeholderUpdateInput(accountID: Int64, since: Date, lastSent: Date?) throws -> StakeholderUpdateInput {
        try read { db in
            guard let name = try ReportQueries.accountName(db, id: accountID) else {
                throw StoreError.recordNotFound(kind: "account", id: accountID)
            }
            let notes = try String.fetchOne(db, sql: "SELECT \(ShownText.expression("notes")) FROM account WHERE id = ?", arguments: [accountID]) ?? ""
            let changes = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ShownText.expression("title", of: "i")), p.recorded_at, p.previous_progress, p.progress, p.previous_status, p.status,
                        \(ShownText.expression("note", of: "p"))
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
                        COALESCE((SELECT \(ShownText.expression("note", of: "p")) FROM progress_update p WHERE p.initiative_id = i.id
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
                account: name, changes: changes, openInitiatives: open, accountNotes: notes, milestones: nil, asks: nil, lastSent: lastSent)
        }
    }
}
