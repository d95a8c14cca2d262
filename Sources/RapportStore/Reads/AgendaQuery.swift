import GRDB
import RapportCore

/// Reads the agenda: the candidates of each kind, chosen in SQL, then ranked in Swift.
///
/// A book of 100,000 accounts has a quarter of a million things that could be on an agenda;
/// nobody reads past the first screens. Each kind's urgency is a weighted sum of columns the
/// store already keeps (`account_summary`: ARR, health, days past due, health change; an
/// initiative's due date and status), so SQL computes the same sum and keeps only the kind's
/// best `limit` (SQLite's ORDER BY … LIMIT keeps a bounded heap, not a full sort), reading the
/// kind's rows through an index of v9. Only those rows are decoded, joined with their account's
/// name, and scored again by `AgendaUrgency`, the one rule, which decides the final order.
/// SQL's sum only chooses candidates; a rounding difference could at worst swap two items at
/// the edge of a kind's share, never change a score shown.
///
/// Key contacts are the exception: their last contact is not kept per contact, and computing it
/// for every key contact of a big book is a scan of every interaction. They are read from the
/// biggest accounts down (ARR's index), each contact's last interaction looked up by its own
/// index, until `limit` are found.
struct AgendaQuery {
    let today: Day
    let calendar: FiscalCalendar
    let coefficients: AgendaCoefficients
    /// Per kind: the final list's length plus the snoozed items, so hiding them leaves enough.
    let perKind: Int

    func candidates(_ db: Database) throws -> [AgendaItem] {
        var items: [AgendaItem] = []
        items += try summaryItems(db, .lapsedRenewal)
        items += try summaryItems(db, .renewal)
        items += try summaryItems(db, .followUp)
        items += try summaryItems(db, .stayInTouch)
        items += try summaryItems(db, .healthDrop)
        items += try summaryItems(db, .belowTarget)
        items += try initiativeItems(db, .initiativeOverdue)
        items += try initiativeItems(db, .initiativeDue)
        items += try initiativeItems(db, .staleInitiative)
        items += try keyContactItems(db)
        return items
    }

    // MARK: - The score in SQL

    private func weight(_ coefficient: AgendaCoefficient) -> String { String(coefficients[coefficient]) }

    /// The terms every item has from its account's summary `s`: ARR and weak health.
    private var accountTerms: String {
        let fullARR = String(AgendaCoefficients.revenueFullMajorUnits * 100)
        return """
            \(weight(.revenue)) * MIN(MAX(s.arr, 0) / \(fullARR).0, 1)
            + \(weight(.weakHealth)) * (CASE WHEN s.health BETWEEN 0 AND 100 THEN (100 - s.health) / 100.0 ELSE 0 END)
            """
    }

    /// The overdue term, or the coming-due term within `horizon`, for `days` past due (negative: until due).
    private func dueTerms(_ days: String, horizon: Int?) -> String {
        let overdue = "\(weight(.overdue)) * MIN(MAX(\(days), 0) / \(AgendaCoefficients.overdueFullDays).0, 1)"
        guard let horizon else { return overdue }
        return "\(overdue) + (CASE WHEN \(days) <= 0 THEN \(weight(.comingDue)) * MAX(1 + (\(days)) / \(horizon).0, 0) ELSE 0 END)"
    }

    private var todayNumber: String { "julianday('\(today.iso)')" }

    // MARK: - Kinds read from account_summary

    /// A KPI tile's list: every item behind its count (up to `perKind` of each kind), ranked.
    func listCandidates(_ db: Database, _ list: BookList) throws -> [AgendaItem] {
        switch list {
        case .atRisk: return try initiativeItems(db, .staleInitiative, everyOne: "i.status = 'at-risk'")
        case .blocked: return try initiativeItems(db, .staleInitiative, everyOne: "i.status = 'blocked'")
        case .late: return try initiativeItems(db, .initiativeOverdue)
        case .toContact: return try summaryItems(db, .followUp) + summaryItems(db, .stayInTouch)
        case .renewals: return try summaryItems(db, .lapsedRenewal) + summaryItems(db, .renewal)
        }
    }

    private func summaryItems(_ db: Database, _ kind: AgendaKind) throws -> [AgendaItem] {
        // days: past due (negative until due); due: the date as text; severity 0...1.
        let days: String
        let due: String
        var severity = "0"
        let condition: String
        switch kind {
        case .lapsedRenewal:
            days = "CAST(\(todayNumber) - julianday(s.renewal_key) AS INTEGER)"
            due = "s.renewal_key"
            condition = "s.renewal_key < '\(today.iso)'"
        case .renewal:
            days = "CAST(\(todayNumber) - julianday(s.renewal_key) AS INTEGER)"
            due = "s.renewal_key"
            condition = "s.renewal_key BETWEEN '\(today.iso)' AND '\(today.adding(days: PortfolioKPIs.renewalHorizonDays).iso)'"
        case .followUp, .stayInTouch:
            days = "s.touch_days"
            due = "date(\(todayNumber) - s.touch_days)"
            condition = kind == .followUp
                ? "s.touch_state = 2 AND s.touch_trigger = 'follow-up'"
                : "s.touch_state = 2 AND s.touch_trigger IN ('cadence', 'never-contacted')"
        case .healthDrop:
            days = "0"
            due = "NULL"
            severity = "MIN(-s.health_change / \(HealthDrop.fullPoints).0, 1)"
            condition = "s.health_change <= -\(HealthDrop.minimumPoints)"
        case .belowTarget:
            let (elapsed, length) = quarterDays
            days = "0"
            due = "NULL"
            severity = "MIN(1 - (s.qtd_actual * \(length).0) / (s.quarter_target * \(elapsed).0), 1)"
            condition = "s.quarter_target > 0 AND s.qtd_actual * \(length) < s.quarter_target * \(elapsed)"
        default:
            return []
        }
        let horizon = AgendaUrgency.horizonDays(of: kind)
        let score = "\(weight(kind.coefficient)) + \(dueTerms(days, horizon: horizon)) + \(weight(.severity)) * (\(severity)) + \(accountTerms)"
        let sql = """
            SELECT x.account_id, \(ShownText.expression("name", of: "a")), x.days, x.due, x.severity, x.arr, x.health
            FROM (SELECT s.account_id, \(days) AS days, \(due) AS due, \(severity) AS severity, s.arr, s.health, \(score) AS score
                  FROM account_summary s WHERE \(condition) ORDER BY score DESC LIMIT \(perKind)) x
            JOIN account a ON a.id = x.account_id
            """
        return try Row.fetchAll(db, sql: sql).map { row in
            let daysPast: Int = try row.decode(atIndex: 2)
            let dueDay = (try row.decode(atIndex: 3) as String?).flatMap(Day.init(iso:))
            let severity: Double = try row.decode(atIndex: 4)
            var item = AgendaItem(
                kind: kind, accountID: try row.decode(atIndex: 0), accountName: try row.decode(atIndex: 1), due: dueDay,
                daysOverdue: daysPast, reason: "", annualRecurringRevenue: Money(minorUnits: try row.decode(atIndex: 5)),
                health: SummaryRow.decodeHealth(try row.decode(atIndex: 6)), severity: severity)
            item.reason = AgendaReason.text(for: item)
            return item
        }
    }

    /// Days of the current quarter up to today, and in all.
    private var quarterDays: (elapsed: Int, length: Int) {
        let range = calendar.quarterPeriod(containing: today.yearMonth)
        let start = Day(year: range.first.year, month: range.first.month, day: 1) ?? today
        let next = range.last.adding(months: 1)
        let end = Day(year: next.year, month: next.month, day: 1) ?? today.adding(days: 1)
        return (max(start.days(until: today) + 1, 1), max(start.days(until: end), 1))
    }

    // MARK: - Kinds read from initiative

    /// `everyOne`: for a tile's list, the stale kind's initiatives by status alone, updated or not
    /// (their key is the agenda's, so snoozing one from the list snoozes the agenda's item).
    private func initiativeItems(_ db: Database, _ kind: AgendaKind, everyOne: String? = nil) throws -> [AgendaItem] {
        var days = "CAST(\(todayNumber) - julianday(i.due_date) AS INTEGER)"
        var due = "i.due_date"
        var severity = "0"
        let condition: String
        switch kind {
        case .initiativeOverdue:
            condition = "i.status <> 'done' AND i.due_date IS NOT NULL AND i.due_date < '\(today.iso)'"
        case .initiativeDue:
            let horizon = today.adding(days: AgendaCoefficients.initiativeHorizonDays)
            condition = "i.status <> 'done' AND i.due_date IS NOT NULL AND i.due_date BETWEEN '\(today.iso)' AND '\(horizon.iso)'"
        case .staleInitiative:
            // The day the initiative was last updated, and the day that made it stale.
            let lastUpdate = "(SELECT substr(MAX(p.recorded_at), 1, 10) FROM progress_update p WHERE p.initiative_id = i.id)"
            let staleDays = coefficients.staleInitiativeDays
            days = "0"
            due = "date(\(lastUpdate), '+\(staleDays) days')"
            severity = "(CASE i.status WHEN 'blocked' THEN 1.0 ELSE 0.5 END)"
            condition = everyOne ?? "i.status IN ('at-risk', 'blocked') AND COALESCE(\(lastUpdate), '') <= '\(today.adding(days: -staleDays).iso)'"
        default:
            return []
        }
        let horizon = AgendaUrgency.horizonDays(of: kind)
        let score = "\(weight(kind.coefficient)) + \(dueTerms(days, horizon: horizon)) + \(weight(.severity)) * \(severity) + \(accountTerms)"
        let sql = """
            SELECT x.account_id, \(ShownText.expression("name", of: "a")), x.days, x.due, x.severity, x.arr, x.health,
                   x.id, \(ShownText.expression("title", of: "t")), t.status
            FROM (SELECT i.id, i.account_id, \(days) AS days, \(due) AS due, \(severity) AS severity, s.arr, s.health, \(score) AS score
                  FROM initiative i JOIN account_summary s ON s.account_id = i.account_id
                  WHERE \(condition) ORDER BY score DESC LIMIT \(perKind)) x
            JOIN account a ON a.id = x.account_id JOIN initiative t ON t.id = x.id
            """
        return try Row.fetchAll(db, sql: sql).map { row in
            let dueDay = (try row.decode(atIndex: 3) as String?).flatMap(Day.init(iso:))
            let severity: Double = try row.decode(atIndex: 4)
            let status = InitiativeStatus(rawValue: try row.decode(atIndex: 9)) ?? .planned
            var item = AgendaItem(
                kind: kind, accountID: try row.decode(atIndex: 0), accountName: try row.decode(atIndex: 1),
                record: .initiative(id: try row.decode(atIndex: 7), title: try row.decode(atIndex: 8)), due: dueDay,
                daysOverdue: try row.decode(atIndex: 2), reason: "", annualRecurringRevenue: Money(minorUnits: try row.decode(atIndex: 5)),
                health: SummaryRow.decodeHealth(try row.decode(atIndex: 6)), severity: severity)
            item.reason = AgendaReason.text(for: item, status: status, staleDays: coefficients.staleInitiativeDays)
            if kind == .staleInitiative, let dueDay, dueDay > today {
                // On a tile's list, an initiative updated lately: in trouble, not forgotten.
                item.reason = "\(try row.decode(atIndex: 8) as String): \(status.label)"
            }
            return item
        }
    }

    // MARK: - Key contacts

    private func keyContactItems(_ db: Database) throws -> [AgendaItem] {
        let threshold = coefficients.keyContactDays
        let cutoff = today.adding(days: -threshold).iso
        let keyRoles = ContactRole.key.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let lastReached = """
            (SELECT MAX(n.date) FROM interaction_contact ic JOIN interaction n ON n.id = ic.interaction_id
             WHERE ic.contact_id = c.id AND n.kind <> 'note' AND n.date <= '\(today.iso)')
            """
        let sql = """
            SELECT x.account_id, \(ShownText.expression("name", of: "a")), x.id, \(ShownText.expression("name", of: "c")), c.role,
                   x.last, x.arr, x.health
            FROM (SELECT c.id, c.account_id, s.arr, s.health, \(lastReached) AS last
                  FROM account_summary s JOIN contact c ON c.account_id = s.account_id AND c.role IN (\(keyRoles))
                  WHERE COALESCE(last, '') < '\(cutoff)'
                  ORDER BY s.arr_key, s.name_key, s.account_id LIMIT \(perKind)) x
            JOIN account a ON a.id = x.account_id JOIN contact c ON c.id = x.id
            """
        return try Row.fetchAll(db, sql: sql).map { row in
            let last = (try row.decode(atIndex: 5) as String?).flatMap(Day.init(iso:))
            let daysSince = last.map { $0.days(until: today) }
            let role = ContactRole(rawValue: try row.decode(atIndex: 4)) ?? .other
            let name: String = try row.decode(atIndex: 3)
            var item = AgendaItem(
                kind: .keyContact, accountID: try row.decode(atIndex: 0), accountName: try row.decode(atIndex: 1),
                record: .contact(id: try row.decode(atIndex: 2), name: name), due: last?.adding(days: threshold),
                daysOverdue: 0, reason: "", annualRecurringRevenue: Money(minorUnits: try row.decode(atIndex: 6)),
                health: SummaryRow.decodeHealth(try row.decode(atIndex: 7)),
                severity: daysSince.map { Double($0) / Double(2 * threshold) } ?? 1)
            item.reason = daysSince.map { "\(role.label) \(name) not reached for \($0) days" } ?? "\(role.label) \(name) never reached"
            return item
        }
    }
}
