import RapportCore
import RapportForecast

/// The metrics section as view data: every figure it shows, computed here when the period or
/// the data changes, so the screen only draws.
public struct MetricsView: Equatable, Sendable {
    public let metric: String
    /// "Revenue", "Active users", "NPS".
    public let label: String
    public let kind: MetricKind
    /// What the period's figure is: "Actual", "Average", and for the whole book "Average
    /// monthly total" (a count summed over accounts) or "Average across accounts" (a score).
    public let figureLabel: String
    /// How many metrics `m` steps through.
    public let metricCount: Int
    /// Some month has an actual figure.
    public let hasActuals: Bool
    public let figures: PeriodFigures
    /// Actuals of complete months plus the forecast for the rest; nil for a period that is over.
    public let outlook: MetricValue?
    /// The outlook over only the months that have a target, when that is not all of them: the
    /// figure the target is compared with.
    public let outlookForTargetMonths: MetricValue?
    /// The outlook (over the months with a target) less the target.
    public let gapToTarget: MetricValue?
    /// Deals expected to close in the period (revenue only, when there are any).
    public let pipeline: PipelineFigures?
    /// The forecast's model and its backtest accuracy; nil when there is no history to forecast.
    public let forecastMethod: String?
    /// What the user chose with `F` (automatic unless they picked another).
    public let forecastChoice: ModelSelection
    public let backtest: Backtest?
    /// The forecast did worse in its own backtest than seasonal naive (MASE above 1).
    public let losesToSeasonalNaive: Bool
    /// A simpler method that did clearly better in the same backtest, to offer.
    public let betterSimpler: Alternative?

    public struct Alternative: Equatable, Sendable {
        public let selection: ModelSelection
        public let method: String
        public let mase: Double
    }
    /// The 24 months up to the period's end (or today, whichever is later) and 12 after.
    public let chart: [ChartMonth]
    /// The period's months and those before, newest first (at least a year).
    public let table: [TableMonth]
    /// The table includes the running month, marked as month to date.
    public let tableShowsMonthToDate: Bool

    public struct Backtest: Equatable, Sendable {
        public let mase: Double
        public let smape: Double
    }

    public struct ChartMonth: Equatable, Sendable {
        public let month: YearMonth
        public let actual: Double?
        public let target: Double?
        public let forecast: Double?
        public let band80: ClosedRange<Double>?
        public let band95: ClosedRange<Double>?
        public let highlighted: Bool
    }

    public struct TableMonth: Equatable, Sendable {
        public let month: YearMonth
        public let isMonthToDate: Bool
        public let inPeriod: Bool
        public let actual: MetricValue?
        public let target: MetricValue?
        public let percentOfTarget: Double?
        public let changeOnLastYear: Double?
        public let forecast: MetricValue?
        public let range80: ClosedRange<Int64>?
    }

    init(metric: String, metricCount: Int, points: [MetricPoint], forecast: MonthlyForecast?, pipeline: PipelineFigures?, period: Period,
         today: Day, isBook: Bool = false) {
        self.metric = metric
        label = Self.label(of: metric)
        let kind = MetricKind.of(metric: metric)
        self.kind = kind
        switch (kind, isBook) {
        case (.revenue, _): figureLabel = "Actual"
        case (.count, true): figureLabel = "Average monthly total"
        case (.score, true): figureLabel = "Average across accounts"
        case (_, false): figureLabel = "Average"
        }
        self.metricCount = metricCount
        hasActuals = points.contains { $0.actual != nil }
        let figures = PeriodFigures(points: points, period: period, kind: kind, today: today)
        self.figures = figures
        let outlook = forecast?.outlook(for: period, points: points, kind: kind)
        self.outlook = outlook
        // A target set for some months only is compared with the outlook for those months.
        let targetMonths = Set(points.filter { $0.target != nil && period.months.contains($0.month) }.map(\.month))
        let comparable = figures.targetCoversPeriod || targetMonths.isEmpty
            ? outlook : forecast?.outlook(for: period, points: points, kind: kind, months: targetMonths)
        outlookForTargetMonths = figures.targetCoversPeriod ? nil : comparable
        gapToTarget = comparable.flatMap { value in figures.target.map { value - $0 } }
        let hasPipeline = pipeline.map { $0.openCount > 0 || $0.closedWon.minorUnits > 0 } ?? false
        self.pipeline = kind == .revenue && hasPipeline ? pipeline : nil
        forecastMethod = forecast.map { "\($0.result.method)" }
        backtest = forecast?.result.backtest.map { Backtest(mase: $0.mase, smape: $0.smape) }
        forecastChoice = forecast?.selection ?? .automatic
        // The baselines themselves are what MASE measures against: no flag for them.
        let isBaseline = [ModelSelection.seasonalNaive, .naive].contains(forecast?.selection ?? .automatic)
        losesToSeasonalNaive = !isBaseline && (forecast?.result.losesToSeasonalNaive ?? false)
        betterSimpler = forecast?.result.betterSimplerMethod.map {
            Alternative(selection: $0.selection, method: $0.method, mase: $0.score.mase)
        }
        var byMonth: [YearMonth: MetricPoint] = [:]
        for point in points { byMonth[point.month] = point }
        let anchor = max(today.yearMonth, period.months.last)
        let first = anchor.adding(months: -23)
        chart = (0..<36).map { offset in
            let month = first.adding(months: offset)
            let point = byMonth[month]
            let predicted = forecast?.month(month)
            // The running month shows its forecast beside the part-month actual.
            return ChartMonth(
                month: month, actual: point?.actual.map(Double.init), target: point?.target.map(Double.init),
                forecast: predicted?.point, band80: predicted?.band80, band95: predicted?.band95,
                highlighted: period.months.contains(month))
        }
        let last = period.months.last
        table = (0..<max(12, period.size.rawValue)).map { back in
            let month = last.adding(months: -back)
            let point = byMonth[month]
            let actual = point?.actual.map(kind.value)
            let target = point?.target.map(kind.value)
            let lastYear = byMonth[month.adding(months: -12)]?.actual.map(kind.value)
            let predicted = forecast?.month(month)
            return TableMonth(
                month: month, isMonthToDate: month == today.yearMonth, inPeriod: period.months.contains(month), actual: actual,
                target: target, percentOfTarget: actual.flatMap { value in target.flatMap { value.percent(of: $0) } },
                changeOnLastYear: actual.flatMap { value in lastYear.flatMap { (value - $0).percent(of: $0) } },
                forecast: predicted.map { kind.value(Self.rounded($0.point)) },
                range80: predicted.map { Self.rounded($0.band80.lowerBound)...Self.rounded($0.band80.upperBound) })
        }
        tableShowsMonthToDate = table.contains { $0.isMonthToDate }
    }

    /// "Revenue", "Active users", "NPS": the stored name's words, the first capitalised, and
    /// the conventional abbreviations in capitals (names are stored in lower case).
    static func label(of metric: String) -> String {
        let words = metric.split(separator: "-").map(String.init)
        return words.enumerated().map { index, word in
            if abbreviations.contains(word) { return word.uppercased() }
            return index == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word
        }.joined(separator: " ")
    }

    static let abbreviations: Set<String> = ["nps", "csat", "ces", "arr", "mrr", "sla", "api", "kpi", "qbr", "roi", "dau", "mau", "wau"]

    /// A forecast figure as a stored integer; non-finite or absurd values become 0.
    static func rounded(_ value: Double) -> Int64 {
        guard value.isFinite, abs(value) < 9e18 else { return 0 }
        return Int64(value.rounded())
    }
}
