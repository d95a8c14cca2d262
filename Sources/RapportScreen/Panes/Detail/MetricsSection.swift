import RapportCore
import RapportViewModel

/// Revenue month by month: actual, target, attainment and the change against a year before.
struct MetricsSection {
    let state: AppState
    let detail: AccountDetail

    static let table = Table(columns: [
        Table.Column("Month", width: 8),
        Table.Column("Actual", width: 10, alignment: .right),
        Table.Column("Target", width: 10, alignment: .right),
        Table.Column("vs target", width: 9, alignment: .right),
        Table.Column("vs last year", width: 12, alignment: .right, priority: 5),
        Table.Column("", width: 1, flexible: true),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let inner = Block(title: "Revenue by month", focused: true, trailingTitle: "newest first").render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var byMonth: [YearMonth: MetricPoint] = [:]
        for point in detail.revenue { byMonth[point.month] = point }
        let months = detail.revenue.map(\.month).filter { $0.months(until: state.today.yearMonth) < 12 }.sorted(by: >)
        guard !months.isEmpty else {
            buffer.write("No revenue recorded.", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: theme[.textDim])
            return
        }
        let rows = months.map { month -> [Table.Item] in
            let point = byMonth[month]
            let actual = point?.actual.map { Money(minorUnits: $0) }
            let target = point?.target.map { Money(minorUnits: $0) }
            let vsTarget = actual.flatMap { value in target.flatMap { value.percent(of: $0) } }
            let lastYear = byMonth[month.adding(months: -12)]?.actual.map { Money(minorUnits: $0) }
            let change = actual.flatMap { value in lastYear.flatMap { (value - $0).percent(of: $0) } }
            let partial = month == state.today.yearMonth ? " *" : ""
            return [
                Table.Item("\(month.shortMonthName) \(month.year % 100 < 10 ? "0" : "")\(month.year % 100)\(partial)"),
                Table.Item(actual?.compact ?? "—", role: .kpiValue),
                Table.Item(target?.compact ?? "—", role: .textDim),
                Table.Item(Format.percent(vsTarget), role: vsTarget.map { $0 >= 100 ? .kpiGood : $0 >= 90 ? .kpiWarn : .kpiBad } ?? .textDim),
                Table.Item(Format.change(change), role: Format.changeRole(change)),
                Table.Item(""),
            ]
        }
        Self.table.render(in: inner, into: &buffer, theme: theme, rows: Array(rows.prefix(max(0, inner.height - 2))), selected: nil, focused: true)
        if inner.height > rows.count + 1 {
            buffer.write("* month to date", x: inner.x + 1, y: inner.y + rows.count + 1, maxWidth: inner.width - 2, style: theme[.textDim])
        }
    }
}
