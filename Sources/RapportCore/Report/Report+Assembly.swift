import RapportForecast

extension Report {
    /// How many initiatives the report names, and how many accounts it lists as needing
    /// attention or as movers each way: a report is read, not searched.
    public static let highlightLimit = 8
    public static let highlightsPerKind = 3
    public static let attentionLimit = 10
    public static let moverLimit = 5

    /// The report for `period` as of `today`, from what the store read. Pure: no clock, no I/O.
    public static func assemble(_ input: ReportInput, period: Period, today: Day) -> Report {
        let key = ReportPeriodText.key(of: period)
        let elapsed = ElapsedShare(period: period, today: today)
        let info = ReportPeriodInfo(
            key: key, label: period.description, firstMonth: period.months.first.iso, lastMonth: period.months.last.iso,
            phase: elapsed.phase.reportName)
        let title = input.account.map { "Account report: \($0)" } ?? "Book report"
        return Report(
            formatVersion: formatVersion, title: title, account: input.account, period: info, asOf: today.iso,
            clientBase: input.accountsByTier.map { clientBaseSection(accounts: $0, lifecycle: input.lifecycle) },
            revenue: revenueSection(input.revenue, period: period, today: today),
            forecast: forecastSection(input.revenue, period: period.stepped(by: 1), today: today, selection: input.forecastSelection),
            initiatives: initiativeSection(input.initiatives, rows: input.initiativeRows, today: today),
            attention: attentionItems(input.attention), movers: input.movers.map { moversSection($0, period: period) })
    }

    static func clientBaseSection(accounts: [AccountTier: Int], lifecycle: ClientLifecycleCounts?) -> ClientBaseSection {
        func growth(tier: String, label: String, accounts: Int, new: Int?, churned: Int?) -> TierGrowth {
            let net = new.flatMap { new in churned.map { new - $0 } }
            return TierGrowth(tier: tier, label: label, accounts: accounts, new: new, churned: churned, net: net)
        }
        let tiers = AccountTier.allCases.map { tier in
            growth(
                tier: tier.rawValue, label: tier.label, accounts: accounts[tier] ?? 0,
                new: lifecycle.map { $0.new[tier] ?? 0 }, churned: lifecycle.map { $0.churned[tier] ?? 0 })
        }
        let total = growth(
            tier: "all", label: "All tiers", accounts: tiers.reduce(0) { $0 + $1.accounts },
            new: lifecycle.map { _ in tiers.reduce(0) { $0 + ($1.new ?? 0) } },
            churned: lifecycle.map { _ in tiers.reduce(0) { $0 + ($1.churned ?? 0) } })
        return ClientBaseSection(lifecycleRecorded: lifecycle != nil, tiers: tiers, total: total)
    }

    static func revenueSection(_ points: [MetricPoint], period: Period, today: Day) -> RevenueSection {
        let figures = PeriodFigures(points: points, period: period, kind: .revenue, today: today)
        var actuals: [YearMonth: Int64] = [:]
        var targets: [YearMonth: Int64] = [:]
        for point in points {
            if let actual = point.actual { actuals[point.month] = actual }
            if let target = point.target { targets[point.month] = target }
        }
        let months = period.months.months.map { month in
            RevenueMonth(
                month: month.iso, actualMinor: actuals[month], targetMinor: targets[month], lastYearMinor: actuals[month.adding(months: -12)])
        }
        return RevenueSection(
            actualMinor: figures.actual?.stored, targetMinor: figures.target?.stored, targetMonths: figures.targetMonths,
            monthCount: figures.monthCount, onPaceTargetMinor: figures.onPaceTarget?.stored, yearEarlierMinor: figures.yearEarlier?.stored,
            previousMinor: figures.previous?.stored, likeForLike: figures.isLikeForLike, attainmentPercent: hundredths(figures.attainmentPercent),
            onPacePercent: hundredths(figures.onPacePercent), yearOverYearPercent: hundredths(figures.yearOverYearPercent),
            previousPeriodPercent: hundredths(figures.previousPeriodPercent), months: months)
    }

    /// The next period's revenue: the actuals of its months already complete plus the forecast
    /// for the rest, with the forecast's bands added month by month (a conservative range: the
    /// months' errors are taken as moving together).
    static func forecastSection(_ points: [MetricPoint], period: Period, today: Day, selection: ModelSelection) -> ForecastSection {
        let key = ReportPeriodText.key(of: period)
        func none(_ note: String) -> ForecastSection {
            ForecastSection(periodKey: key, periodLabel: period.description, note: note)
        }
        guard let model = MonthlyForecast(points: points, today: today, selection: selection) else {
            return none("no revenue history to forecast from")
        }
        guard period.months.last >= model.firstMonth else { return none("\(period.description) is over: see its own report") }
        var bounds = (expected: 0.0, low80: 0.0, high80: 0.0, low95: 0.0, high95: 0.0)
        for month in period.months.months {
            if month < model.firstMonth {
                let actual = Double(points.first { $0.month == month }?.actual ?? 0)
                bounds = (bounds.expected + actual, bounds.low80 + actual, bounds.high80 + actual, bounds.low95 + actual, bounds.high95 + actual)
            } else {
                guard let forecast = model.month(month) else { return none("\(period.description) is beyond the forecast's reach") }
                bounds = (
                    bounds.expected + forecast.point, bounds.low80 + forecast.band80.lowerBound, bounds.high80 + forecast.band80.upperBound,
                    bounds.low95 + forecast.band95.lowerBound, bounds.high95 + forecast.band95.upperBound
                )
            }
        }
        let figures = [bounds.expected, bounds.low80, bounds.high80, bounds.low95, bounds.high95]
        guard figures.allSatisfy({ $0.isFinite && abs($0) < 9e18 }) else { return none("the forecast did not converge") }
        let minor = figures.map { Int64($0.rounded()) }
        return ForecastSection(
            periodKey: key, periodLabel: period.description, expectedMinor: minor[0], low80Minor: minor[1], high80Minor: minor[2],
            low95Minor: minor[3], high95Minor: minor[4], method: model.result.method, note: nil)
    }

    static func initiativeSection(_ standing: InitiativeStanding, rows: [InitiativeReportRow], today: Day) -> InitiativeSection {
        /// Done first (good news leads), then blocked, at risk and late: the order of urgency.
        func kind(of row: InitiativeReportRow) -> (rank: Int, name: String)? {
            if row.completedInPeriod && row.status == .done { return (0, "completed") }
            if row.status == .blocked { return (1, "blocked") }
            if row.status == .atRisk { return (2, "at-risk") }
            if let due = row.dueDate, row.status.isOpen, due < today { return (3, "overdue") }
            return nil
        }
        let ranked = rows.compactMap { row in kind(of: row).map { (row, $0) } }
            .sorted { lhs, rhs in
                if lhs.1.rank != rhs.1.rank { return lhs.1.rank < rhs.1.rank }
                if lhs.0.dueDate != rhs.0.dueDate { return (lhs.0.dueDate ?? Day.distantFuture) < (rhs.0.dueDate ?? Day.distantFuture) }
                return (lhs.0.account, lhs.0.title) < (rhs.0.account, rhs.0.title)
            }
        // A few of each kind, so one kind never crowds out the others.
        var perKind: [Int: Int] = [:]
        let balanced = ranked.filter { _, kind in
            perKind[kind.rank, default: 0] += 1
            return perKind[kind.rank, default: 0] <= highlightsPerKind
        }
        let highlights = balanced.prefix(highlightLimit).map { row, kind in
            InitiativeHighlight(
                kind: kind.name, account: row.account, title: row.title, status: row.status.rawValue, progress: row.progress,
                dueDate: row.dueDate?.iso, note: row.latestNote)
        }
        return InitiativeSection(
            completed: standing.completedInPeriod, onTrack: standing.onTrack, atRisk: standing.atRisk, blocked: standing.blocked,
            planned: standing.planned, overdue: standing.overdue, highlights: Array(highlights))
    }

    static func attentionItems(_ candidates: [AttentionCandidate]) -> [AttentionItem] {
        candidates.compactMap { candidate -> AttentionItem? in
            var reasons: [String] = []
            if let health = candidate.health, HealthBand(score: health) == .atRisk { reasons.append("health \(health) (at risk)") }
            let counts = [(candidate.blocked, "blocked"), (candidate.atRisk, "at risk"), (candidate.overdue, "overdue")]
            for (count, label) in counts where count > 0 {
                reasons.append("\(count) initiative\(count == 1 ? "" : "s") \(label)")
            }
            if candidate.stayInTouch.needsAttention { reasons.append(candidate.stayInTouch.reason) }
            if case .lapsed(let days) = candidate.renewal { reasons.append("renewal lapsed \(days) day\(days == 1 ? "" : "s") ago") }
            guard !reasons.isEmpty else { return nil }
            return AttentionItem(account: candidate.account, health: candidate.health, reasons: reasons)
        }
        .prefix(attentionLimit).map { $0 }
    }

    static func moversSection(_ candidates: MoverCandidates, period: Period) -> MoversSection {
        func mover(_ row: MoverCandidates.Row) -> Mover {
            let change = row.current &- row.previous
            let percent = row.previous == 0 ? nil : Double(change) / Double(row.previous) * 100
            return Mover(account: row.account, currentMinor: row.current, previousMinor: row.previous, changeMinor: change, changePercent: hundredths(percent))
        }
        let months = candidates.monthsCompared
        let span: String
        switch months {
        case period.size.rawValue: span = ""
        case 0: span = " (no complete month yet)"
        default: span = " (first \(months) month\(months == 1 ? "" : "s") of each)"
        }
        return MoversSection(
            comparison: "\(period.description) vs \(period.previous.description)\(span)",
            up: candidates.up.prefix(moverLimit).map(mover), down: candidates.down.prefix(moverLimit).map(mover))
    }
}

extension Report {
    /// Percentages to two decimals: the JSON stays the same bytes wherever it is made.
    static func hundredths(_ percent: Double?) -> Double? {
        guard let percent, percent.isFinite else { return nil }
        return (percent * 100).rounded() / 100
    }
}

extension ElapsedShare.Phase {
    var reportName: String {
        switch self {
        case .future: return "ahead"
        case .running: return "running"
        case .over: return "over"
        }
    }
}

extension Day {
    /// After any real due date, for sorting the undated last.
    static let distantFuture = Day(daysSinceEpoch: Int(Int32.max))
}
