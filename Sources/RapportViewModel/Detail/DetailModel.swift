import RapportCore
import RapportForecast
import RapportStore

/// The detail view (Enter on an account, or `M` for the whole book): what it shows, the data
/// loaded for it, and the metrics view data computed when that data or the period changes.
public struct DetailModel: Equatable, Sendable {
    public var scope: DetailScope
    public var section: DetailSection
    /// The metrics section's metric ("revenue" unless the user picks another with `m`).
    public var metric: String
    public var account: AccountDetailData?
    public var book: BookMetricsData?
    /// The whole book's pipeline in the chosen period (summed by the store).
    public var bookPipeline: PipelineFigures?
    public var contactSelected: Int
    public var timelineSelected: Int
    public var pipelineSelected: Int
    public var initiativeSelected: Int
    /// The metric's forecast from its own history, computed when the months arrive.
    public var forecast: MonthlyForecast?
    /// What the metrics section draws, for the current period.
    public var metrics: MetricsView?
    /// A record to put the cursor on when the account's data arrives (what an undo changed).
    public var reveal: ChangedRecord?

    public init(scope: DetailScope, section: DetailSection = .overview, metric: String = MetricPoint.revenue) {
        self.scope = scope
        self.section = section
        self.metric = metric
        account = nil
        book = nil
        bookPipeline = nil
        contactSelected = 0
        timelineSelected = 0
        pipelineSelected = 0
        initiativeSelected = 0
        forecast = nil
        metrics = nil
        reveal = nil
    }

    public var isBook: Bool { scope == .book }

    public var contacts: [Contact] { account?.contacts ?? [] }
    public var interactions: [Interaction] { account?.interactions ?? [] }
    public var opportunities: [Opportunity] { account?.opportunities ?? [] }
    public var initiatives: [Initiative] { account?.focus.initiatives ?? [] }

    public var selectedContact: Contact? { contacts.indices.contains(contactSelected) ? contacts[contactSelected] : nil }
    public var selectedInteraction: Interaction? { interactions.indices.contains(timelineSelected) ? interactions[timelineSelected] : nil }
    public var selectedOpportunity: Opportunity? { opportunities.indices.contains(pipelineSelected) ? opportunities[pipelineSelected] : nil }
    public var selectedInitiative: Initiative? { initiatives.indices.contains(initiativeSelected) ? initiatives[initiativeSelected] : nil }

    /// Key roles nobody on the account holds, in the order they matter.
    public var missingKeyRoles: [ContactRole] {
        let present = Set(contacts.map(\.role))
        return ContactRole.key.filter { !present.contains($0) }
    }

    /// The months of the metric shown, and the names of every metric there is.
    var points: [MetricPoint] { account?.points ?? book?.points ?? [] }
    var metricNames: [String] { account?.metricNames ?? book?.metricNames ?? [metric] }

    /// The rows of the list the section shows, and the cursor in it.
    func listCount(_ section: DetailSection) -> Int {
        switch section {
        case .contacts: return contacts.count
        case .timeline: return interactions.count
        case .pipeline: return opportunities.count
        case .initiatives: return initiatives.count
        case .overview, .metrics: return 0
        }
    }

    func selection(_ section: DetailSection) -> Int {
        switch section {
        case .contacts: return contactSelected
        case .timeline: return timelineSelected
        case .pipeline: return pipelineSelected
        case .initiatives: return initiativeSelected
        case .overview, .metrics: return 0
        }
    }

    /// Puts the cursor on the record `reveal` names, if the data holds it; forgets it either way.
    mutating func selectRevealedRecord() {
        guard let record = reveal, account != nil else { return }
        reveal = nil
        switch record {
        case .contact(let id): if let index = contacts.firstIndex(where: { $0.id == id }) { contactSelected = index }
        case .initiative(let id): if let index = initiatives.firstIndex(where: { $0.id == id }) { initiativeSelected = index }
        case .interaction(let id): if let index = interactions.firstIndex(where: { $0.id == id }) { timelineSelected = index }
        case .opportunity(let id): if let index = opportunities.firstIndex(where: { $0.id == id }) { pipelineSelected = index }
        case .metric: break
        }
    }

    mutating func select(_ index: Int, in section: DetailSection) {
        let clamped = min(max(0, index), max(0, listCount(section) - 1))
        switch section {
        case .contacts: contactSelected = clamped
        case .timeline: timelineSelected = clamped
        case .pipeline: pipelineSelected = clamped
        case .initiatives: initiativeSelected = clamped
        case .overview, .metrics: break
        }
    }

    /// Recomputes the forecast (the months or the method changed) and the metrics view (for
    /// `period`).
    mutating func refreshMetrics(period: Period, today: Day, method: ModelSelection) {
        forecast = MonthlyForecast(points: points, today: today, selection: method)
        recomputeView(period: period, today: today)
    }

    /// Recomputes the metrics view for `period` from the data and forecast already held.
    mutating func recomputeView(period: Period, today: Day) {
        let pipeline: PipelineFigures? = isBook ? bookPipeline : PipelineFigures(opportunities: opportunities, period: period)
        metrics = MetricsView(
            metric: metric, metricCount: metricNames.count, points: points, forecast: forecast, pipeline: pipeline,
            period: period, today: today, isBook: isBook)
    }
}
