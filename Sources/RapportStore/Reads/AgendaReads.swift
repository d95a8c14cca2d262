import GRDB
import RapportCore

/// An agenda item hidden until a day, or for good (done).
public struct AgendaSnooze: Hashable, Sendable {
    public var key: String
    public var accountID: Int64
    /// Nil: marked done.
    public var until: Day?

    public init(key: String, accountID: Int64, until: Day?) {
        self.key = key
        self.accountID = accountID
        self.until = until
    }
}

extension AppDatabase {
    /// The agenda as of the summaries' day: at most `limit` items, most urgent first, without
    /// the ones snoozed past today or marked done.
    public func agenda(limit: Int, coefficients: AgendaCoefficients = .standard) throws -> [RankedAgendaItem] {
        let basis = basis
        return try read { db in
            let hidden = Set(try String.fetchAll(
                db, sql: "SELECT item_key FROM agenda_snooze WHERE until IS NULL OR until > ?", arguments: [basis.today.iso]))
            let query = AgendaQuery(today: basis.today, calendar: basis.calendar, coefficients: coefficients)
            let items = try query.agenda(db, count: max(limit, 0) + hidden.count).filter { !hidden.contains($0.key) }
            return AgendaRanking.rank(items, with: coefficients, limit: limit)
        }
    }

    /// A KPI tile's list: the initiatives or accounts behind its figure, most urgent first
    /// (snoozed ones too: the figure counts them).
    public func bookList(_ list: BookList, limit: Int, coefficients: AgendaCoefficients = .standard) throws -> [RankedAgendaItem] {
        let basis = basis
        return try read { db in
            let query = AgendaQuery(today: basis.today, calendar: basis.calendar, coefficients: coefficients)
            return AgendaRanking.rank(try query.list(db, list, count: max(limit, 0)), with: coefficients, limit: limit)
        }
    }

    /// Every snooze and done mark, by key.
    public func agendaSnoozes() throws -> [AgendaSnooze] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT item_key, account_id, until FROM agenda_snooze ORDER BY item_key").map { row in
                AgendaSnooze(
                    key: try row.decode(atIndex: 0), accountID: try row.decode(atIndex: 1),
                    until: (try row.decode(atIndex: 2) as String?).flatMap(Day.init(iso:)))
            }
        }
    }
}
