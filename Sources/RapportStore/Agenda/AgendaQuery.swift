import GRDB
import RapportCore

/// Reads the agenda's best candidates and decodes them into items, for `AgendaRanking` to order.
///
/// When the stored ranks (`agenda_candidate`) use this calendar and these coefficients, the
/// agenda is the top of the rank index: the work is the same for ten accounts or 100,000. Like
/// every summary, the ranks are as of the summaries' day: when the day has turned and the
/// refresh has not caught up yet (the dashboard runs it after its first frame), the agenda is
/// yesterday's for those seconds, dated and worded as of yesterday, and reloads when the refresh
/// lands. Otherwise (another program ranked the book with other coefficients) the same
/// candidates are ranked from the tables, which is exact but scores every candidate of the book.
///
/// SQL's rank only chooses the candidates; they are scored again by `AgendaUrgency`, the one
/// rule, which decides the order shown. Every candidate whose rank is within a hair of the
/// last one chosen is read too, so a tie or a rounding difference at the edge never leaves out
/// an item the exact ranking would show.
struct AgendaQuery {
    let today: Day
    let calendar: FiscalCalendar
    let coefficients: AgendaCoefficients

    private var sql: AgendaCandidateSQL { AgendaCandidateSQL(today: today, calendar: calendar, coefficients: coefficients) }

    /// At least `count` of the agenda's best candidates (all when there are fewer).
    func agenda(_ db: Database, count: Int) throws -> [AgendaItem] {
        try best(db, count: count, condition: "on_agenda = 1")
    }

    /// At least `count` of the best items a KPI tile's list shows, updated lately or not.
    func list(_ db: Database, _ list: BookList, count: Int) throws -> [AgendaItem] {
        try best(db, count: count, condition: "list = '\(list.rawValue)'")
    }

    private func best(_ db: Database, count: Int, condition: String) throws -> [AgendaItem] {
        guard count > 0 else { return [] }
        let storedBasis = try SummaryState(db)
        let stored = storedBasis.ranks(calendar: calendar, coefficients: coefficients)
        if stored, storedBasis.asOf != today.iso, let asOf = Day(iso: storedBasis.asOf) {
            // Words and dates as of the day the ranks are for.
            return try AgendaQuery(today: asOf, calendar: calendar, coefficients: coefficients).best(db, count: count, condition: condition)
        }
        let source = stored
            ? "agenda_candidate"
            : "(SELECT \(AgendaCandidateSQL.columns.dropLast().joined(separator: ", ")), "
                + "\(AgendaCandidateSQL.rank(kind: "kind", score: "score")) AS rank FROM (\(sql.selectAll())))"
        let chosen = """
            SELECT kind, account_id, record_id, due, days, severity FROM \(source)
            WHERE \(condition) AND rank >= COALESCE(
                (SELECT rank FROM \(source) WHERE \(condition) ORDER BY rank DESC LIMIT 1 OFFSET \(count - 1)) - 1e-6, -1e300)
            """
        // Ranked from the tables, the candidates are computed once, not once per use.
        let query = stored ? chosen : "WITH ranked AS MATERIALIZED \(source) " + chosen.replacingOccurrences(of: source, with: "ranked")
        return try decode(db, chosen: query)
    }

    /// The chosen candidates with their account's name, ARR and health, and their initiative's
    /// title and status or contact's name and role.
    private func decode(_ db: Database, chosen: String) throws -> [AgendaItem] {
        let initiativeKinds = AgendaCandidateSQL.initiativeKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT x.kind, x.account_id, \(ShownText.expression("name", of: "a")), x.record_id, x.due, x.days, x.severity,
                   s.arr, s.health, \(ShownText.expression("title", of: "t")), t.status, \(ShownText.expression("name", of: "c")), c.role
            FROM (\(chosen)) x JOIN account a ON a.id = x.account_id JOIN account_summary s ON s.account_id = x.account_id
            LEFT JOIN initiative t ON x.kind IN (\(initiativeKinds)) AND t.id = x.record_id
            LEFT JOIN contact c ON x.kind = '\(AgendaKind.keyContact.rawValue)' AND c.id = x.record_id
            """)
        return try rows.compactMap(item)
    }

    /// One decoded candidate; nil for a kind this release does not know, or a record gone.
    private func item(_ row: Row) throws -> AgendaItem? {
        guard let kind = AgendaKind(rawValue: try row.decode(atIndex: 0)) else { return nil }
        let record: AgendaRecord
        var status: InitiativeStatus?
        var role = ContactRole.other
        if AgendaCandidateSQL.initiativeKinds.contains(kind) {
            guard let title: String = try row.decode(atIndex: 9) else { return nil }
            record = .initiative(id: try row.decode(atIndex: 3), title: title)
            status = InitiativeStatus(rawValue: try row.decode(String?.self, atIndex: 10) ?? "") ?? .planned
        } else if kind == .keyContact {
            guard let name: String = try row.decode(atIndex: 11) else { return nil }
            record = .contact(id: try row.decode(atIndex: 3), name: name)
            role = ContactRole(rawValue: try row.decode(String?.self, atIndex: 12) ?? "") ?? .other
        } else {
            record = .account
        }
        let due = (try row.decode(atIndex: 4) as String?).flatMap(Day.init(iso:))
        var item = AgendaItem(
            kind: kind, accountID: try row.decode(atIndex: 1), accountName: try row.decode(atIndex: 2), record: record, due: due,
            daysOverdue: try row.decode(atIndex: 5), reason: "", annualRecurringRevenue: Money(minorUnits: try row.decode(atIndex: 7)),
            health: SummaryRow.decodeHealth(try row.decode(atIndex: 8)), severity: try row.decode(atIndex: 6))
        item.reason = reason(for: item, status: status, role: role)
        return item
    }

    private func reason(for item: AgendaItem, status: InitiativeStatus?, role: ContactRole) -> String {
        switch item.record {
        case .initiative(_, let title):
            if item.kind == .staleInitiative, let due = item.due, due > today, let status {
                // On a tile's list, an initiative updated lately: in trouble, not forgotten.
                return "\(title): \(status.label)"
            }
            return AgendaReason.text(for: item, status: status, staleDays: coefficients.staleInitiativeDays)
        case .contact(_, let name):
            // `due` is the last contact plus the threshold; none: never reached.
            guard let due = item.due else { return "\(role.label) \(name) never reached" }
            let daysSince = due.adding(days: -coefficients.keyContactDays).days(until: today)
            return "\(role.label) \(name) not reached for \(daysSince) days"
        case .account:
            return AgendaReason.text(for: item)
        }
    }
}
