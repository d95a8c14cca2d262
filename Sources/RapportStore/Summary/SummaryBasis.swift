import RapportCore

/// The day, fiscal calendar and agenda coefficients the stored account summaries (and the
/// ranked agenda candidates beside them) are computed for. Health, lateness and this quarter's
/// revenue depend on the day and calendar, an agenda item's rank on all three, so a summary is
/// only current for its basis.
public struct SummaryBasis: Hashable, Sendable {
    public var today: Day
    public var calendar: FiscalCalendar
    /// The coefficients the stored agenda ranking should use (the config file's `[agenda]`);
    /// nil for a command that shows no agenda: it keeps whichever coefficients the store ranks
    /// with, so a report run from another config does not rank the whole book again.
    public var agenda: AgendaCoefficients?

    public init(today: Day, calendar: FiscalCalendar = FiscalCalendar(), agenda: AgendaCoefficients? = nil) {
        self.today = today
        self.calendar = calendar
        self.agenda = agenda
    }
}
