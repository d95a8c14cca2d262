import GRDB
import RapportCore

/// Every read the dashboard asks for, as a value: the view model names what it needs, the event
/// loop reads it (readers never wait for a writer in WAL mode) and hands back the reply.
public enum StoreQuery: Hashable, Sendable {
    /// Rows of the accounts list.
    case accountPage(AccountPageRequest)
    /// These accounts' rows again, with their place in the sort (after a change to their figures).
    case accountRows(sort: AccountSort, ids: [Int64])
    /// The KPI strip.
    case kpis
    /// The selected account on the dashboard: its figures, initiatives and revenue trend.
    case accountFocus(accountID: Int64)
    /// Everything an account's detail view shows, with one metric's months.
    case accountDetail(accountID: Int64, metric: String)
    /// The whole book's months of one metric, and its metric names.
    case bookMetrics(metric: String)
    /// The whole book's pipeline for a period.
    case bookPipeline(Period)
    /// What deleting an account takes with it.
    case deletionImpact(accountID: Int64)
    /// How many progress updates deleting an initiative takes with it.
    case progressHistoryCount(initiativeID: Int64)
    /// An account's contacts (the log-an-interaction form lists them).
    case contacts(accountID: Int64)
    /// The account `:goto` names: the same name, else the first that starts with it or holds it.
    case accountNamed(String)
    /// Names that start with a prefix, for completing `:goto`.
    case accountNames(prefix: String, limit: Int)
    /// An initiative's milestones, stakeholders and newest history, for its read view.
    case initiativePlan(initiativeID: Int64, historyLimit: Int)
    /// Every change since a day, grouped by account ("what changed").
    case changes(since: Day, perAccount: Int, limit: Int)
    /// The agenda's first `limit` items, ranked with these coefficients.
    case agenda(limit: Int, coefficients: AgendaCoefficients)
    /// A KPI tile's list.
    case bookList(BookList, limit: Int, coefficients: AgendaCoefficients)
    /// The period's report (the book's, or an account's) as Markdown, for `R`'s preview.
    case reportText(period: Period, accountID: Int64?, today: Day)
    /// An account's stakeholder update as plain text, for `U`'s preview.
    case updateText(accountID: Int64, audience: UpdateAudience, today: Day)
}

/// What a query read.
public enum StoreReply: Hashable, Sendable {
    case accountPage(AccountPage)
    case accountRows([AccountListEntry])
    case kpis(PortfolioKPIs)
    case accountFocus(AccountFocus?)
    case accountDetail(AccountDetailData?)
    case bookMetrics(BookMetricsData)
    case bookPipeline(PipelineFigures)
    case deletionImpact(AccountDeletionImpact)
    case progressHistoryCount(Int)
    case contacts([Contact])
    case accountNamed(AccountNameMatch?)
    case accountNames([String])
    case initiativePlan(InitiativePlan)
    case changes([BookChange])
    case agenda([RankedAgendaItem])
    /// A report or an update, rendered for reading on screen.
    case document(String)
}

/// The selected account on the dashboard.
public struct AccountFocus: Hashable, Sendable {
    public let overview: AccountOverview
    /// Soonest due first.
    public let initiatives: [Initiative]
    public let revenueTrend: RevenueTrend

    public init(overview: AccountOverview, initiatives: [Initiative], revenueTrend: RevenueTrend) {
        self.overview = overview
        self.initiatives = initiatives
        self.revenueTrend = revenueTrend
    }
}

/// An account's detail view: its people, timeline, deals and one metric's months.
public struct AccountDetailData: Hashable, Sendable {
    public let focus: AccountFocus
    public let contacts: [Contact]
    /// Newest first.
    public let interactions: [Interaction]
    public let lastContacted: [Int64: Day]
    public let opportunities: [Opportunity]
    public let metric: String
    /// The metric's months: the history the period keys reach and the plan ahead.
    public let points: [MetricPoint]
    /// Every metric the account has, revenue first.
    public let metricNames: [String]

    public init(
        focus: AccountFocus, contacts: [Contact], interactions: [Interaction], lastContacted: [Int64: Day],
        opportunities: [Opportunity], metric: String, points: [MetricPoint], metricNames: [String]
    ) {
        self.focus = focus
        self.contacts = contacts
        self.interactions = interactions
        self.lastContacted = lastContacted
        self.opportunities = opportunities
        self.metric = metric
        self.points = points
        self.metricNames = metricNames
    }
}

/// The whole book's months of one metric.
public struct BookMetricsData: Hashable, Sendable {
    public let metric: String
    public let points: [MetricPoint]
    public let metricNames: [String]

    public init(metric: String, points: [MetricPoint], metricNames: [String]) {
        self.metric = metric
        self.points = points
        self.metricNames = metricNames
    }
}

extension AppDatabase {
    /// Reads what `query` names.
    public func fetch(_ query: StoreQuery) throws -> StoreReply {
        switch query {
        case .accountPage(let request): return .accountPage(try accountPage(request))
        case .accountRows(let sort, let ids): return .accountRows(try read { db in try AccountPageQuery.rows(db, sort: sort, ids: ids) })
        case .kpis: return .kpis(try kpis())
        case .accountFocus(let id): return .accountFocus(try accountFocus(accountID: id))
        case .accountDetail(let id, let metric): return .accountDetail(try accountDetail(accountID: id, metric: metric))
        case .bookMetrics(let metric):
            return .bookMetrics(BookMetricsData(
                metric: metric, points: try bookMetricPoints(metric: metric, in: metricWindow()), metricNames: try metricNames(accountID: nil)))
        case .bookPipeline(let period): return .bookPipeline(try bookPipeline(in: period))
        case .deletionImpact(let id): return .deletionImpact(try deletionImpact(accountID: id))
        case .progressHistoryCount(let id): return .progressHistoryCount(try progressUpdates(initiativeID: id).count)
        case .contacts(let id): return .contacts(try contacts(accountID: id))
        case .accountNamed(let name): return .accountNamed(try account(named: name))
        case .accountNames(let prefix, let limit): return .accountNames(try accountNames(prefix: prefix, limit: limit))
        case .initiativePlan(let id, let limit): return .initiativePlan(try initiativePlan(initiativeID: id, historyLimit: limit))
        case .changes(let since, let perAccount, let limit): return .changes(try changes(since: since, perAccount: perAccount, limit: limit))
        case .agenda(let limit, let coefficients): return .agenda(try agenda(limit: limit, coefficients: coefficients))
        case .bookList(let list, let limit, let coefficients): return .agenda(try bookList(list, limit: limit, coefficients: coefficients))
        case .reportText(let period, let accountID, let today): return .document(try report(period: period, accountID: accountID, today: today).markdown)
        case .updateText(let accountID, let audience, let today):
            return .document(try stakeholderUpdate(accountID: accountID, audience: audience, today: today).text)
        }
    }

    /// All the history the period keys can reach, and the plan ahead.
    func metricWindow() -> MonthRange {
        let current = basis.today.yearMonth
        return MonthRange(first: current.adding(months: -60), last: current.adding(months: 24))
    }

    /// Read in one transaction, so the figures, initiatives and trend agree with each other.
    public func accountFocus(accountID: Int64) throws -> AccountFocus? {
        let basis = basis
        return try read { db in try Self.accountFocus(db, accountID: accountID, basis: basis) }
    }

    static func accountFocus(_ db: Database, accountID: Int64, basis: SummaryBasis) throws -> AccountFocus? {
        guard let overview = try OverviewQuery.fetch(db, ids: [accountID], basis: basis).first else { return nil }
        let points = try metricPoints(db, accountID: accountID, metric: MetricPoint.revenue, in: RevenueTrend.window(today: basis.today))
        return AccountFocus(
            overview: overview, initiatives: try initiatives(db, accountID: accountID),
            revenueTrend: RevenueTrend(points: points, today: basis.today))
    }

    public func accountDetail(accountID: Int64, metric: String) throws -> AccountDetailData? {
        let basis = basis
        let window = metricWindow()
        return try read { db in
            guard let focus = try Self.accountFocus(db, accountID: accountID, basis: basis) else { return nil }
            return AccountDetailData(
                focus: focus, contacts: try Self.contacts(db, accountID: accountID), interactions: try Self.interactions(db, accountID: accountID),
                lastContacted: try Self.lastContacted(db, accountID: accountID), opportunities: try Self.opportunities(db, accountID: accountID),
                metric: metric, points: try Self.metricPoints(db, accountID: accountID, metric: metric, in: window),
                metricNames: try Self.metricNames(db, accountID: accountID))
        }
    }
}
