/// One month of one metric for one account: what happened and what was planned.
///
/// Values are integers in the metric's stored unit (see `MetricKind`): minor units for
/// revenue, whole units for counts and scores.
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
}

/// How months add up into a period.
public enum MetricAggregation: Hashable, Sendable {
    /// A flow: a quarter is the sum of its months (revenue).
    case sum
    /// A level: a quarter is the average of its months (active users, NPS).
    case average
}
