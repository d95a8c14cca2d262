import GRDB
import RapportCore

/// The parts of a stakeholder update that come from the initiatives' plans: the milestones
/// ahead and the asks, each a bounded list read with `ORDER BY … LIMIT`.
enum UpdatePlanQueries {
    /// A change's reason (asked when it went to at risk or blocked) and its note, as one text:
    /// both are internal, so one visibility covers them.
    static func reasonAndNote(_ alias: String) -> String {
        let reason = ShownText.expression("reason", of: alias)
        let note = ShownText.expression("note", of: alias)
        return "CASE WHEN \(reason) = '' THEN \(note) WHEN \(note) = '' THEN \(reason) ELSE \(reason) || ' — ' || \(note) END"
    }

    /// The open milestones of the account's open initiatives, due today or later or undated,
    /// soonest first (undated last). Overdue ones are asks instead.
    static func milestonesAhead(_ db: Database, accountID: Int64, today: Day) throws -> [StakeholderUpdateInput.Milestone] {
        let sql = """
            SELECT \(ShownText.expression("title", of: "i")), \(ShownText.expression("title", of: "m")), m.due_date
            FROM milestone m JOIN initiative i ON i.id = m.initiative_id
            WHERE i.account_id = ? AND i.status <> 'done' AND m.done_on IS NULL AND (m.due_date IS NULL OR m.due_date >= ?)
            ORDER BY m.due_date IS NULL, m.due_date, i.id, m.position, m.id LIMIT ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: [accountID, today.iso, StakeholderUpdate.nextDueLimit]).map { row in
            StakeholderUpdateInput.Milestone(
                initiative: try row.decode(atIndex: 0), title: try row.decode(atIndex: 1),
                dueDate: (try row.decode(atIndex: 2) as String?).flatMap(Day.init(iso:)))
        }
    }

    /// What the account manager needs from the client, in words both sides may read:
    /// - each blocked initiative: help to unblock it (why it is blocked is internal, and the
    ///   internal update gives it under "At risk, and why");
    /// - each open milestone past its due date: a new date to agree.
    /// Worded from titles and dates only, never from notes or reasons, so they are external.
    static func asks(_ db: Database, accountID: Int64, today: Day) throws -> [UpdateNote] {
        let blocked = try String.fetchAll(
            db, sql: """
                SELECT \(ShownText.expression("title")) FROM initiative WHERE account_id = ? AND status = 'blocked'
                ORDER BY due_date IS NULL, due_date, id LIMIT ?
                """, arguments: [accountID, StakeholderUpdate.nextDueLimit])
        let overdue = try Row.fetchAll(
            db, sql: """
                SELECT \(ShownText.expression("title", of: "i")), \(ShownText.expression("title", of: "m")), m.due_date
                FROM milestone m JOIN initiative i ON i.id = m.initiative_id
                WHERE i.account_id = ? AND i.status <> 'done' AND m.done_on IS NULL AND m.due_date < ?
                ORDER BY m.due_date, i.id, m.position, m.id LIMIT ?
                """, arguments: [accountID, today.iso, StakeholderUpdate.nextDueLimit])
        let unblock = blocked.map { UpdateNote("\($0): blocked — help us unblock it", visibility: .external) }
        let redate = try overdue.map { row in
            let due: String = try row.decode(atIndex: 2)
            return UpdateNote(
                "\(try row.decode(atIndex: 0) as String) — \(try row.decode(atIndex: 1) as String): was due \(due), agree a new date",
                visibility: .external)
        }
        return unblock + redate
    }
}
