import GRDB
import RapportCore

/// The SQL that finds each kind of agenda item and scores it: the one place that says what is
/// on the agenda. Every kind selects the same columns, `AgendaCandidateSQL.columns`, so the same
/// rows can be stored in `agenda_candidate` (see `AgendaCandidates`) or, when the stored ranking
/// was computed for another day or other coefficients, ranked straight from the tables.
///
/// A former client (`account_summary.former`) has nothing on the agenda: its renewal is not
/// lapsed, it is lost, and its initiatives and contacts need nobody any more.
///
/// The score is `AgendaUrgency`'s weighted sum written in SQL over the columns the store keeps
/// (`account_summary`: ARR, health, days past due, health change; an initiative's due date and
/// status; a key contact's last interaction). It only chooses and orders candidates: the items
/// read are scored again by `AgendaUrgency`, the one rule, which decides what is shown.
struct AgendaCandidateSQL {
    let today: Day
    let calendar: FiscalCalendar
    let coefficients: AgendaCoefficients

    /// What every kind's SELECT returns, in this order. `record_id` is the initiative or contact
    /// (0 for an account's own items); `list` the KPI list that shows the item (a `BookList`
    /// raw value) or NULL; `on_agenda` 0 for an item only a list shows (an initiative in trouble
    /// that was updated lately); `days` past due (negative: until due); `due` the date as text.
    static let columns = ["kind", "account_id", "record_id", "list", "on_agenda", "due", "days", "severity", "score"]

    /// Lapsed renewals come before everything else whatever their score (`AgendaRanking`), so
    /// their rank is lifted past any score: weights are at most 100 and there are six terms.
    static let lapsedLift = 10_000

    /// The kinds read from initiatives, whose `record_id` is an initiative.
    static let initiativeKinds: [AgendaKind] = [.initiativeOverdue, .initiativeDue, .staleInitiative]

    /// The kind's candidates, limited to the accounts `accounts` (an SQL list such as
    /// "(1, 2, 3)") when given.
    func select(_ kind: AgendaKind, accounts: String? = nil) -> String {
        switch kind {
        case .lapsedRenewal, .renewal, .followUp, .stayInTouch, .healthDrop, .belowTarget:
            return summarySelect(kind, accounts: accounts)
        case .initiativeOverdue, .initiativeDue, .staleInitiative:
            return initiativeSelect(kind, accounts: accounts)
        case .keyContact:
            return keyContactSelect(accounts: accounts)
        }
    }

    /// Every kind's candidates, one SELECT after another.
    func selectAll(accounts: String? = nil) -> String {
        AgendaKind.allCases.map { select($0, accounts: accounts) }.joined(separator: "\nUNION ALL\n")
    }

    /// The rank stored beside the score: the score, lifted for lapsed renewals.
    static func rank(kind: String, score: String) -> String {
        "(\(score)) + (CASE \(kind) WHEN '\(AgendaKind.lapsedRenewal.rawValue)' THEN \(lapsedLift) ELSE 0 END)"
    }

    // MARK: - The score's terms

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

    private func score(_ kind: AgendaKind, days: String, severity: String) -> String {
        "\(weight(kind.coefficient)) + \(dueTerms(days, horizon: AgendaUrgency.horizonDays(of: kind))) + \(weight(.severity)) * (\(severity)) + \(accountTerms)"
    }

    private var todayNumber: String { "julianday('\(today.iso)')" }

    private func quoted(_ text: String?) -> String { text.map { "'\($0)'" } ?? "NULL" }

    // MARK: - Kinds read from account_summary

    private func summarySelect(_ kind: AgendaKind, accounts: String?) -> String {
        let days: String
        let due: String
        var severity = "0"
        var list: BookList?
        let condition: String
        switch kind {
        case .lapsedRenewal:
            days = "CAST(\(todayNumber) - julianday(s.renewal_key) AS INTEGER)"
            due = "s.renewal_key"
            list = .renewals
            condition = "s.renewal_key < '\(today.iso)'"
        case .renewal:
            days = "CAST(\(todayNumber) - julianday(s.renewal_key) AS INTEGER)"
            due = "s.renewal_key"
            list = .renewals
            condition = "s.renewal_key BETWEEN '\(today.iso)' AND '\(today.adding(days: PortfolioKPIs.renewalHorizonDays).iso)'"
        case .followUp, .stayInTouch:
            days = "s.touch_days"
            due = "date(\(todayNumber) - s.touch_days)"
            list = .toContact
            condition = kind == .followUp
                ? "s.touch_state = 2 AND s.touch_trigger = 'follow-up'"
                : "s.touch_state = 2 AND s.touch_trigger IN ('cadence', 'never-contacted')"
        case .healthDrop:
            days = "0"
            due = "NULL"
            severity = "MIN(-s.health_change / \(HealthDrop.fullPoints).0, 1)"
            condition = "s.health_change <= -\(HealthDrop.minimumPoints)"
        default:
            let (elapsed, length) = quarterDays
            days = "0"
            due = "NULL"
            severity = "MIN(1 - (s.qtd_actual * \(length).0) / (s.quarter_target * \(elapsed).0), 1)"
            condition = "s.quarter_target > 0 AND s.qtd_actual * \(length) < s.quarter_target * \(elapsed)"
        }
        return """
            SELECT '\(kind.rawValue)' AS kind, s.account_id AS account_id, 0 AS record_id, \(quoted(list?.rawValue)) AS list,
                   1 AS on_agenda, \(due) AS due, \(days) AS days, \(severity) AS severity, \(score(kind, days: days, severity: severity)) AS score
            FROM account_summary s WHERE \(condition) AND s.former = 0\(accounts.map { " AND s.account_id IN \($0)" } ?? "")
            """
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

    /// Every at-risk or blocked initiative is a stale-initiative candidate, for the KPI lists
    /// (listed under its status); only those not updated for the threshold are on the agenda.
    private func initiativeSelect(_ kind: AgendaKind, accounts: String?) -> String {
        var days = "CAST(\(todayNumber) - julianday(i.due_date) AS INTEGER)"
        var due = "i.due_date"
        var severity = "0"
        var list = "NULL"
        var onAgenda = "1"
        let condition: String
        switch kind {
        case .initiativeOverdue:
            list = "'\(BookList.late.rawValue)'"
            condition = "i.status <> 'done' AND \(StoredDate.isDate("i.due_date")) AND i.due_date < '\(today.iso)'"
        case .initiativeDue:
            let horizon = today.adding(days: AgendaCoefficients.initiativeHorizonDays)
            condition = "i.status <> 'done' AND \(StoredDate.isDate("i.due_date")) AND i.due_date BETWEEN '\(today.iso)' AND '\(horizon.iso)'"
        default:
            // The day the initiative was last updated, and the day that made it stale.
            let lastUpdate = "(SELECT substr(MAX(p.recorded_at), 1, 10) FROM progress_update p WHERE p.initiative_id = i.id)"
            let staleDays = coefficients.staleInitiativeDays
            days = "0"
            due = "date(\(lastUpdate), '+\(staleDays) days')"
            severity = "(CASE i.status WHEN 'blocked' THEN 1.0 ELSE 0.5 END)"
            list = "i.status"
            onAgenda = "COALESCE(\(lastUpdate), '') <= '\(today.adding(days: -staleDays).iso)'"
            condition = "i.status IN ('\(BookList.atRisk.rawValue)', '\(BookList.blocked.rawValue)')"
        }
        return """
            SELECT '\(kind.rawValue)' AS kind, i.account_id AS account_id, i.id AS record_id, \(list) AS list,
                   \(onAgenda) AS on_agenda, \(due) AS due, \(days) AS days, \(severity) AS severity,
                   \(score(kind, days: days, severity: severity)) AS score
            FROM initiative i JOIN account_summary s ON s.account_id = i.account_id
            WHERE \(condition) AND s.former = 0\(accounts.map { " AND i.account_id IN \($0)" } ?? "")
            """
    }

    // MARK: - Key contacts

    /// Sponsors, decision makers and champions not reached (a call, meeting or email they were
    /// in; notes do not count) for `keyContactDays`. Severity grows with the time since, full at
    /// twice the threshold, and is full for a key contact never reached.
    private func keyContactSelect(accounts: String?) -> String {
        let threshold = coefficients.keyContactDays
        let keyRoles = ContactRole.key.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let lastReached = """
            (SELECT MAX(n.date) FROM interaction_contact ic JOIN interaction n ON n.id = ic.interaction_id
             WHERE ic.contact_id = c.id AND n.kind <> 'note' AND n.date <= '\(today.iso)' AND \(StoredDate.isDate("n.date")))
            """
        let severity = "(CASE WHEN k.last IS NULL THEN 1.0 ELSE MIN((\(todayNumber) - julianday(k.last)) / \(2 * threshold).0, 1) END)"
        return """
            SELECT '\(AgendaKind.keyContact.rawValue)' AS kind, k.account_id AS account_id, k.id AS record_id, NULL AS list,
                   1 AS on_agenda, date(k.last, '+\(threshold) days') AS due, 0 AS days, \(severity) AS severity,
                   \(score(.keyContact, days: "0", severity: severity)) AS score
            FROM (SELECT c.id, c.account_id, \(lastReached) AS last FROM contact c
                  WHERE c.role IN (\(keyRoles))\(accounts.map { " AND c.account_id IN \($0)" } ?? "")) k
            JOIN account_summary s ON s.account_id = k.account_id
            WHERE COALESCE(k.last, '') < '\(today.adding(days: -threshold).iso)' AND s.former = 0
            """
    }
}
