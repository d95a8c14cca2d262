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
}
