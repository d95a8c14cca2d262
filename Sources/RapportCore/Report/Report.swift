/// A monthly, quarterly or yearly report on the book or one account, assembled from the
/// store's figures by `Report.assemble` and rendered to Markdown, HTML, CSV and JSON.
///
/// Plain values only (money in minor units, days and months as ISO text), so every renderer
/// formats the same figures and the JSON shape (docs/report-format.md) is the value itself.
public struct Report: Hashable, Sendable, Codable {
    public static let formatVersion = 1

    public var formatVersion: Int
    /// "Book report" or "Account report: Acme".
    public var title: String
    /// Nil for the whole book.
    public var account: String?
    public var period: ReportPeriodInfo
    /// The day the figures are as of (ISO).
    public var asOf: String
    /// Nil for one account's report.
    public var clientBase: ClientBaseSection?
    public var revenue: RevenueSection
    public var forecast: ForecastSection
    public var initiatives: InitiativeSection
    public var attention: [AttentionItem]
    /// Nil for one account's report.
    public var movers: MoversSection?
}

public struct ReportPeriodInfo: Hashable, Sendable, Codable {
    /// `2026-Q3`, as `--period` takes it.
    public var key: String
    /// "Q3 2026"
    public var label: String
    public var firstMonth: String
    public var lastMonth: String
    /// "running", "over" or "ahead".
    public var phase: String
}

/// New, churned and net accounts by tier. `lifecycleRecorded` is false while the store keeps
/// no start or churn dates: the counts are then absent, never zero.
public struct ClientBaseSection: Hashable, Sendable, Codable {
    public var lifecycleRecorded: Bool
    public var tiers: [TierGrowth]
    public var total: TierGrowth
}

public struct TierGrowth: Hashable, Sendable, Codable {
    /// The tier's raw value (`strategic`, `mid-market`, ...) or `all`.
    public var tier: String
    public var label: String
    /// Clients in the tier at the period's end: joined by then, not churned by then.
    public var accounts: Int
    public var new: Int?
    public var churned: Int?
    public var net: Int?
}

public struct RevenueSection: Hashable, Sendable, Codable {
    public var actualMinor: Int64?
    public var targetMinor: Int64?
    public var targetMonths: Int
    public var monthCount: Int
    /// For a running period: the target's share for the time passed.
    public var onPaceTargetMinor: Int64?
    public var yearEarlierMinor: Int64?
    public var previousMinor: Int64?
    /// True while the period runs: last year and the period before count the same share.
    public var likeForLike: Bool
    public var attainmentPercent: Double?
    public var onPacePercent: Double?
    public var yearOverYearPercent: Double?
    public var previousPeriodPercent: Double?
    public var months: [RevenueMonth]
}

public struct RevenueMonth: Hashable, Sendable, Codable {
    public var month: String
    public var actualMinor: Int64?
    public var targetMinor: Int64?
    public var lastYearMinor: Int64?
}

/// Revenue for the period after the report's: actuals of its complete months plus the forecast.
public struct ForecastSection: Hashable, Sendable, Codable {
    public var periodKey: String
    public var periodLabel: String
    public var expectedMinor: Int64?
    public var low80Minor: Int64?
    public var high80Minor: Int64?
    public var low95Minor: Int64?
    public var high95Minor: Int64?
    public var method: String?
    /// Why there is no figure, when there is none.
    public var note: String?
}

public struct InitiativeSection: Hashable, Sendable, Codable {
    /// Moved to done within the period.
    public var completed: Int
    public var onTrack: Int
    public var atRisk: Int
    public var blocked: Int
    public var planned: Int
    /// Open and past their due date today, whatever their status.
    public var overdue: Int
    public var highlights: [InitiativeHighlight]
}

public struct InitiativeHighlight: Hashable, Sendable, Codable {
    /// "completed", "blocked", "at-risk" or "overdue".
    public var kind: String
    public var account: String
    public var title: String
    public var status: String
    public var progress: Int
    public var dueDate: String?
    public var note: String
}

public struct AttentionItem: Hashable, Sendable, Codable {
    public var account: String
    public var health: Int?
    public var reasons: [String]
}

public struct MoversSection: Hashable, Sendable, Codable {
    /// What is compared: "Q3 2026 vs Q2 2026".
    public var comparison: String
    public var up: [Mover]
    public var down: [Mover]
}

public struct Mover: Hashable, Sendable, Codable {
    public var account: String
    public var currentMinor: Int64
    public var previousMinor: Int64
    public var changeMinor: Int64
    public var changePercent: Double?
}
