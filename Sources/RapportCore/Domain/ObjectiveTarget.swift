/// An initiative's objective as a figure: reach `value` of `metric` by `date`
/// ("active-users 500 by 2027-03-31"). `value` is in the metric's stored unit (minor units for
/// revenue, whole units for counts and scores), read and shown through the metric's `MetricKind`.
public struct ObjectiveTarget: Hashable, Sendable {
    /// The metric's name as stored in `metric_point.metric` ("revenue", "active-users").
    public var metric: String
    public var value: Int64
    /// The day the figure should be reached; nil means by the initiative's due date.
    public var date: Day?

    public init(metric: String, value: Int64, date: Day?) {
        self.metric = metric
        self.value = value
        self.date = date
    }
}
