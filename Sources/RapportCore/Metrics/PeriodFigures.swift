/// One metric over one period: what happened against the plan, a year before, and the period
/// before — the figures behind the metrics header.
///
/// A period still running is compared like for like: the year before and the period before
/// count only the same share of their months (pro rata by days for the running month), and
/// the target is given in full with its on-pace share beside it. A month without a target is
/// never taken as a target of zero: the figures say how many months have one.
public struct PeriodFigures: Hashable, Sendable {
    public let period: Period
    public let kind: MetricKind
    public let elapsed: ElapsedShare
    public let actual: MetricValue?
    /// The whole period's target, over the months that have one.
    public let target: MetricValue?
    /// Months of the period with a target, out of `monthCount`.
    public let targetMonths: Int
    public let monthCount: Int
    /// For a running period of a metric that adds up: the target's share for the time passed.
    public let onPaceTarget: MetricValue?
    /// The same period a year before, and the period before, like for like while running.
    public let yearEarlier: MetricValue?
    public let previous: MetricValue?
    /// Months of the period with an actual figure.
    public let monthsReported: Int

    public init(points: [MetricPoint], period: Period, kind: MetricKind, today: Day) {
        self.period = period
        self.kind = kind
        let elapsed = ElapsedShare(period: period, today: today)
        self.elapsed = elapsed
        let running = elapsed.phase == .running
        monthCount = period.size.rawValue
        var actuals: [YearMonth: Int64] = [:]
        var targets: [YearMonth: Int64] = [:]
        for point in points {
            if let actual = point.actual { actuals[point.month] = actual }
            if let target = point.target { targets[point.month] = target }
        }
        /// The figures of `months` (the period's, or another aligned with it month by month),
        /// each taken at the share of the period's month at the same place when `likeForLike`.
        func aggregate(_ values: [YearMonth: Int64], _ months: [YearMonth], likeForLike: Bool) -> (MetricValue?, Int) {
            var total: Int64 = 0
            var count = 0
            for (index, month) in months.enumerated() {
                let share = likeForLike ? elapsed.share(ofMonthAt: index) : (elapsed: 1, of: 1)
                guard share.elapsed > 0, let value = values[month] else { continue }
                // A level (users, a score) is not prorated: part of a month has the same level.
                total &+= kind.aggregation == .sum ? ElapsedShare.prorate(value, share) : value
                count += 1
            }
            guard count > 0 else { return (nil, 0) }
            let figure = kind.aggregation == .sum ? total : WholeAverage.of(total: total, count: Int64(count))
            return (kind.value(figure), count)
        }
        let months = period.months.months
        (actual, monthsReported) = aggregate(actuals, months, likeForLike: false)
        (target, targetMonths) = aggregate(targets, months, likeForLike: false)
        onPaceTarget = running && kind.aggregation == .sum ? aggregate(targets, months, likeForLike: true).0 : nil
        yearEarlier = aggregate(actuals, period.yearEarlier.months.months, likeForLike: running).0
        previous = aggregate(actuals, period.previous.months.months, likeForLike: running).0
    }

    /// Compared like for like: the period is running.
    public var isLikeForLike: Bool { elapsed.phase == .running }

    /// Actual against the whole period's target.
    public var attainmentPercent: Double? { actual.flatMap { value in target.flatMap { value.percent(of: $0) } } }

    /// Actual against the target's share for the time passed (a running period).
    public var onPacePercent: Double? { actual.flatMap { value in onPaceTarget.flatMap { value.percent(of: $0) } } }

    public var yearOverYearPercent: Double? {
        actual.flatMap { value in yearEarlier.flatMap { (value - $0).percent(of: $0) } }
    }

    public var previousPeriodPercent: Double? {
        actual.flatMap { value in previous.flatMap { (value - $0).percent(of: $0) } }
    }

    /// Every month has a target.
    public var targetCoversPeriod: Bool { targetMonths == monthCount }
}
