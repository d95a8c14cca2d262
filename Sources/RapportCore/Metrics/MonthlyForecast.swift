import RapportForecast

/// A metric's forecast by calendar month: history up to the last complete month (the current
/// one is still running, and its part-month figure would drag the forecast down), forecast
/// from the current month on.
public struct MonthlyForecast: Equatable, Sendable {
    /// The first month forecast: the current one.
    public let firstMonth: YearMonth
    /// The method the user chose for this metric (`automatic` unless they picked another).
    public let selection: ModelSelection
    public let result: ForecastResult

    public static let horizon = 13

    /// nil when there is no history to forecast from.
    public init?(points: [MetricPoint], today: Day, selection: ModelSelection = .automatic) {
        let lastComplete = today.yearMonth.adding(months: -1)
        var byMonth: [YearMonth: Int64] = [:]
        for point in points where point.month <= lastComplete {
            if let actual = point.actual { byMonth[point.month] = actual }
        }
        guard let first = byMonth.keys.min() else { return nil }
        let count = first.months(until: lastComplete) + 1
        let values: [Double?] = (0..<count).map { offset in byMonth[first.adding(months: offset)].map(Double.init) }
        firstMonth = today.yearMonth
        self.selection = selection
        result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: Self.horizon, selection: selection)
    }

    public struct Month: Hashable, Sendable {
        public let point: Double
        public let band80: ClosedRange<Double>
        public let band95: ClosedRange<Double>
    }

    public func month(_ month: YearMonth) -> Month? {
        let step = firstMonth.months(until: month)
        guard step >= 0, step < result.points.count, step < result.lower95.count, step < result.upper95.count else { return nil }
        let low80 = min(result.lower80[step], result.upper80[step])
        let low95 = min(result.lower95[step], result.upper95[step])
        return Month(
            point: result.points[step], band80: low80...max(result.lower80[step], result.upper80[step]),
            band95: low95...max(result.lower95[step], result.upper95[step]))
    }

    /// The period's outlook: actuals of its complete months plus the forecast for the rest
    /// (the current month counts as forecast). nil for a period that is over, or beyond reach.
    /// With `months`, only those of the period count (the months that have a target, to
    /// compare with a target set for part of the period).
    public func outlook(for period: Period, points: [MetricPoint], kind: MetricKind, months: Set<YearMonth>? = nil) -> MetricValue? {
        guard period.months.last >= firstMonth else { return nil }
        let counted = period.months.months.filter { months?.contains($0) ?? true }
        guard !counted.isEmpty else { return nil }
        var total = 0.0
        for month in counted {
            if month < firstMonth {
                total += Double(points.first { $0.month == month }?.actual ?? 0)
            } else {
                guard let forecast = self.month(month) else { return nil }
                total += forecast.point
            }
        }
        if kind.aggregation == .average { total /= Double(counted.count) }
        guard total.isFinite, abs(total) < 9e18 else { return nil }
        return kind.value(Int64(total.rounded()))
    }
}
