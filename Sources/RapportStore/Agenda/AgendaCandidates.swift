import GRDB
import RapportCore

/// Keeps `agenda_candidate` (schema v12) in line with the rows it is derived from, as
/// `SummaryRefresh` keeps `account_summary`: an account's candidates are recomputed with its
/// summary, in the same transaction, and every account's when the day, the fiscal calendar or
/// the coefficients change. The agenda is then the top of the rank index, whatever the book's size.
enum AgendaCandidates {
    private static let insertColumns = AgendaCandidateSQL.columns.dropLast().joined(separator: ", ") + ", rank"

    /// Inserted in the table's own order (the primary key), so a full ranking appends pages
    /// rather than splitting them. A number SQL could not compute (a value another program
    /// stored that no condition foresaw) counts as 0 rather than failing the write that
    /// refreshes the account, and with it every write after.
    private static func insert(_ db: Database, _ sql: AgendaCandidateSQL, accounts: String?) throws {
        try db.execute(sql: """
            INSERT INTO agenda_candidate (\(insertColumns))
            SELECT kind, account_id, record_id, list, COALESCE(on_agenda, 0), due, COALESCE(days, 0), COALESCE(severity, 0),
                   COALESCE(\(AgendaCandidateSQL.rank(kind: "kind", score: "score")), 0)
            FROM (\(sql.selectAll(accounts: accounts)))
            ORDER BY account_id, kind, record_id
            """)
    }

    /// Recomputes the candidates of the accounts `ids` (whose summaries were just refreshed),
    /// with the coefficients the others were ranked with, so the stored ranks stay comparable
    /// (`basis`'s own take over at the next full ranking).
    static func refresh(_ db: Database, ids: [Int64], basis: SummaryBasis) throws {
        guard !ids.isEmpty else { return }
        let stored = try SummaryState(db)
        let coefficients = stored.storedCoefficients ?? stored.coefficients(for: basis)
        let list = "(" + ids.map(String.init).joined(separator: ", ") + ")"
        try db.execute(sql: "DELETE FROM agenda_candidate WHERE account_id IN \(list)")
        try insert(db, AgendaCandidateSQL(today: basis.today, calendar: basis.calendar, coefficients: coefficients), accounts: list)
    }

    /// Recomputes every candidate for `basis` and records the coefficients used.
    static func rebuildAll(_ db: Database, basis: SummaryBasis) throws {
        let coefficients = try SummaryState(db).coefficients(for: basis)
        let indexes = try SuspendedIndexes(db, on: "agenda_candidate")
        try db.execute(sql: "DELETE FROM agenda_candidate")
        try insert(db, AgendaCandidateSQL(today: basis.today, calendar: basis.calendar, coefficients: coefficients), accounts: nil)
        try indexes.restore(db)
        try db.execute(sql: "UPDATE summary_state SET agenda_basis = ? WHERE id = 1", arguments: [coefficients.storedText])
    }

    /// Whether the whole book must be ranked again for `basis`: never ranked, or ranked with
    /// other coefficients than the ones `basis` asks for.
    static func needsRanking(_ db: Database, basis: SummaryBasis) throws -> Bool {
        let stored = try SummaryState(db)
        guard let coefficients = stored.storedCoefficients else { return true }
        return basis.agenda.map { $0.storedText != coefficients.storedText } ?? false
    }
}
