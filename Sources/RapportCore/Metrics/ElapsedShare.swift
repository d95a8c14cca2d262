/// How much of a period has passed on a day: the months before the day's month in full, the
/// day's month up to and including the day, nothing after.
///
/// A period still running is compared like for like through these shares: its actual so far
/// against the same share of the comparison period and of the target. Figures are kept by
/// month, so the part of a month is taken pro rata by days (the screen says so).
public struct ElapsedShare: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        /// Starts after today's month.
        case future
        /// Contains today.
        case running
        /// Ended before today's month.
        case over
    }

    public let period: Period
    public let today: Day
    public let phase: Phase
    /// Days of the period up to and including today, and all its days.
    public let daysElapsed: Int
    public let daysInPeriod: Int

    public init(period: Period, today: Day) {
        self.period = period
        self.today = today
        let months = period.months.months
        daysInPeriod = months.reduce(0) { $0 + $1.dayCount }
        if period.months.first > today.yearMonth {
            phase = .future
            daysElapsed = 0
        } else if period.months.last < today.yearMonth {
            phase = .over
            daysElapsed = daysInPeriod
        } else {
            phase = .running
            daysElapsed = months.filter { $0 < today.yearMonth }.reduce(0) { $0 + $1.dayCount } + today.dayOfMonth
        }
    }

    /// The part of the period's month at `index` that has passed, as days of its days.
    public func share(ofMonthAt index: Int) -> (elapsed: Int, of: Int) {
        let month = period.months.first.adding(months: index)
        if month < today.yearMonth { return (month.dayCount, month.dayCount) }
        if month == today.yearMonth { return (today.dayOfMonth, month.dayCount) }
        return (0, month.dayCount)
    }

    /// The same share of a comparison month: `value` × elapsed ÷ days, rounded half away from
    /// zero, exact for any stored figure (the product is taken at double width).
    public static func prorate(_ value: Int64, _ share: (elapsed: Int, of: Int)) -> Int64 {
        guard share.elapsed < share.of else { return value }
        let product = value.multipliedFullWidth(by: Int64(share.elapsed))
        let divisor = Int64(share.of)
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        if 2 * abs(remainder) >= divisor { return quotient + (value < 0 ? -1 : 1) }
        return quotient
    }
}
