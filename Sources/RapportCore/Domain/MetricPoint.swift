/// One month of one metric for one account: what happened and what was planned.
///
/// Values are integers in the metric's unit; for money metrics (revenue) that is minor units.
public struct MetricPoint: Hashable, Sendable {
    public var accountID: Int64
    public var metric: String
    public var month: YearMonth
    public var actual: Int64?
    public var target: Int64?

    public init(accountID: Int64, metric: String, month: YearMonth, actual: Int64?, target: Int64?) {
        self.accountID = accountID
        self.metric = metric
        self.month = month
        self.actual = actual
        self.target = target
    }

    public static let revenue = "revenue"

    /// How months add up into a period: revenue is a flow (a quarter is the sum of its
    /// months); counts like active users or scores like NPS are levels (a quarter is their average).
    public static func aggregation(of metric: String) -> MetricAggregation { metric == revenue ? .sum : .average }
}

public enum MetricAggregation: Hashable, Sendable {
    case sum
    case average
}
