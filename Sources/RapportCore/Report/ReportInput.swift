import RapportForecast

/// What a report is assembled from: the store's answers to a handful of aggregate reads, so a
/// report costs the same for a book of 100 accounts or 100,000.
public struct ReportInput: Sendable {
    /// Nil for the whole book.
    public var account: String?
    /// Revenue by month (the book's sums, or the account's), from the first month with data up
    /// to at least the period's end: the period itself, the same period a year earlier, the
    /// period before and the history the forecast learns from.
    public var revenue: [MetricPoint]
    /// Accounts in each tier today (the book's report only).
    public var accountsByTier: [AccountTier: Int]?
    /// New and churned accounts in the period; nil while the store records no lifecycle dates.
    public var lifecycle: ClientLifecycleCounts?
    public var initiatives: InitiativeStanding
    /// Initiatives worth naming: done in the period, or open and in trouble.
    public var initiativeRows: [InitiativeReportRow]
    /// Accounts in some kind of trouble, the worst first.
    public var attention: [AttentionCandidate]
    /// The accounts whose revenue rose most and fell most (the book's report only).
    public var movers: MoverCandidates?
    public var forecastSelection: ModelSelection

    public init(
        account: String?, revenue: [MetricPoint], accountsByTier: [AccountTier: Int]?, lifecycle: ClientLifecycleCounts?,
        initiatives: InitiativeStanding, initiativeRows: [InitiativeReportRow], attention: [AttentionCandidate],
        movers: MoverCandidates?, forecastSelection: ModelSelection = .automatic
    ) {
        self.account = account
        self.revenue = revenue
        self.accountsByTier = accountsByTier
        self.lifecycle = lifecycle
        self.initiatives = initiatives
        self.initiativeRows = initiativeRows
        self.attention = attention
        self.movers = movers
        self.forecastSelection = forecastSelection
    }
}

/// Accounts won and lost in a period, by tier. The seam for the accounts' "client since" and
/// churn dates: until the store keeps them, the report says they are not recorded yet.
public struct ClientLifecycleCounts: Hashable, Sendable {
    public var new: [AccountTier: Int]
    public var churned: [AccountTier: Int]

    public init(new: [AccountTier: Int], churned: [AccountTier: Int]) {
        self.new = new
        self.churned = churned
    }
}

/// The initiatives' standing: statuses as of today, completions within the period.
public struct InitiativeStanding: Hashable, Sendable {
    public var completedInPeriod: Int
    public var onTrack: Int
    public var atRisk: Int
    public var blocked: Int
    public var planned: Int
    public var overdue: Int

    public init(completedInPeriod: Int, onTrack: Int, atRisk: Int, blocked: Int, planned: Int, overdue: Int) {
        self.completedInPeriod = completedInPeriod
        self.onTrack = onTrack
        self.atRisk = atRisk
        self.blocked = blocked
        self.planned = planned
        self.overdue = overdue
    }
}

public struct InitiativeReportRow: Hashable, Sendable {
    public var account: String
    public var title: String
    public var status: InitiativeStatus
    public var progress: Int
    public var dueDate: Day?
    /// The note of its latest progress change ("" when none).
    public var latestNote: String
    public var completedInPeriod: Bool

    public init(
        account: String, title: String, status: InitiativeStatus, progress: Int, dueDate: Day?, latestNote: String,
        completedInPeriod: Bool
    ) {
        self.account = account
        self.title = title
        self.status = status
        self.progress = progress
        self.dueDate = dueDate
        self.latestNote = latestNote
        self.completedInPeriod = completedInPeriod
    }
}

public struct AttentionCandidate: Hashable, Sendable {
    public var account: String
    public var health: Int?
    public var atRisk: Int
    public var blocked: Int
    public var overdue: Int
    public var stayInTouch: StayInTouchStatus
    public var renewal: RenewalStatus

    public init(
        account: String, health: Int?, atRisk: Int, blocked: Int, overdue: Int, stayInTouch: StayInTouchStatus, renewal: RenewalStatus
    ) {
        self.account = account
        self.health = health
        self.atRisk = atRisk
        self.blocked = blocked
        self.overdue = overdue
        self.stayInTouch = stayInTouch
        self.renewal = renewal
    }
}

/// Each account's revenue in the period and in the period before, counted over the same months.
public struct MoverCandidates: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var account: String
        public var current: Int64
        public var previous: Int64

        public init(account: String, current: Int64, previous: Int64) {
            self.account = account
            self.current = current
            self.previous = previous
        }
    }

    public var up: [Row]
    public var down: [Row]
    /// Months of each period compared: all of them, or those elapsed in a running period.
    public var monthsCompared: Int

    public init(up: [Row], down: [Row], monthsCompared: Int) {
        self.up = up
        self.down = down
        self.monthsCompared = monthsCompared
    }
}
