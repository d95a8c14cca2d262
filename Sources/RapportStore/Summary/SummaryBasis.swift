import RapportCore

/// The day and fiscal calendar the stored account summaries are computed for. Health, lateness
/// and this quarter's revenue all depend on both, so a summary is only current for its basis.
public struct SummaryBasis: Hashable, Sendable {
    public var today: Day
    public var calendar: FiscalCalendar

    public init(today: Day, calendar: FiscalCalendar = FiscalCalendar()) {
        self.today = today
        self.calendar = calendar
    }
}
