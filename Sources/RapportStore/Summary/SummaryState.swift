import GRDB
import RapportCore

/// The one row of `summary_state`: the day and fiscal calendar the stored summaries are for,
/// and the coefficients the stored agenda candidates are ranked with (`agenda_basis`).
struct SummaryState: Equatable {
    var asOf: String
    var fiscalStart: Int
    var coefficients: String

    init(_ db: Database) throws {
        let row = try Row.fetchOne(db, sql: "SELECT as_of, fiscal_start, agenda_basis FROM summary_state WHERE id = 1")
        asOf = try row?.decode(String?.self, atIndex: 0) ?? ""
        fiscalStart = try row?.decode(Int?.self, atIndex: 1) ?? 1
        coefficients = try row?.decode(String?.self, atIndex: 2) ?? ""
    }

    /// The coefficients the stored ranks use, if any (none before the first ranking).
    var storedCoefficients: AgendaCoefficients? { AgendaCoefficients(storedText: coefficients) }

    /// Whether the stored ranks are this day's and calendar's, and `wanted`'s coefficients
    /// (any coefficients when nil, as long as the book was ranked).
    func matches(today: Day, calendar: FiscalCalendar, coefficients wanted: AgendaCoefficients?) -> Bool {
        guard asOf == today.iso, fiscalStart == calendar.firstMonth, let stored = storedCoefficients else { return false }
        return wanted.map { $0.storedText == stored.storedText } ?? true
    }

    /// Whether the stored ranks use `wanted`'s coefficients and `calendar`, whatever their day.
    func ranks(calendar: FiscalCalendar, coefficients wanted: AgendaCoefficients) -> Bool {
        fiscalStart == calendar.firstMonth && storedCoefficients.map { $0.storedText == wanted.storedText } ?? false
    }

    /// The coefficients a full ranking for `basis` uses: its own, else those stored.
    func coefficients(for basis: SummaryBasis) -> AgendaCoefficients {
        basis.agenda ?? storedCoefficients ?? .standard
    }
}
