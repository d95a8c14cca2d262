import RapportCore

/// Month-by-month columns: actuals as bars (eighth-cell precision), the target as a tick, and
/// ahead of today the forecast as a dot inside its 80% (░) and 95% (·) band. Reads without
/// colour: each thing has its own glyph, and the last row is a legend that names them.
///
/// Rows, top to bottom: the plot, the month axis (with years), the legend.
public struct MonthlyChart: Sendable {
    public struct Month: Sendable {
        public var month: YearMonth
        public var actual: Double?
        public var target: Double?
        public var forecast: Double?
        public var band80: ClosedRange<Double>?
        public var band95: ClosedRange<Double>?
        /// Drawn brighter: the months of the chosen period.
        public var highlighted: Bool

        public init(month: YearMonth, actual: Double?, target: Double?, forecast: Double? = nil,
                    band80: ClosedRange<Double>? = nil, band95: ClosedRange<Double>? = nil, highlighted: Bool = false) {
            self.month = month
            self.actual = actual
            self.target = target
            self.forecast = forecast
            self.band80 = band80
            self.band95 = band95
            self.highlighted = highlighted
        }
    }

    public var months: [Month]
    /// How the axis labels values (money by default).
    public var format: @Sendable (Double) -> String

    public static let money: @Sendable (Double) -> String = { Money(minorUnits: Int64($0.rounded())).compact }

    public init(months: [Month], format: @escaping @Sendable (Double) -> String = MonthlyChart.money) {
        self.months = months
        self.format = format
    }

    static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Room for the value scale at the left: "$1.7M" and a space.
    static let scaleWidth = 7
    /// The fewest rows worth drawing a plot in; the axis and the legend take a row each below.
    static let fewestPlotRows = 3

    public func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard area.width >= 12, area.height >= Self.fewestPlotRows + 1, !months.isEmpty else { return }
        // The legend is left out only when the plot would otherwise shrink below its fewest rows.
        let hasLegend = area.height >= Self.fewestPlotRows + 2
        let plot = Rect(x: area.x + Self.scaleWidth, y: area.y, width: area.width - Self.scaleWidth, height: area.height - (hasLegend ? 2 : 1))
        let columns = Self.columnLayout(plotWidth: plot.width, monthCount: months.count)
        let shown = Array(months.suffix(columns.shown))
        renderPlot(shown, columnWidth: columns.width, in: plot, into: &buffer, theme: theme)
        for label in Self.axisLabels(for: shown.map(\.month), columnWidth: columns.width, width: plot.width) {
            buffer.write(label.text, x: plot.x + label.x, y: plot.maxY, maxWidth: plot.maxX - plot.x - label.x, style: theme[.textDim])
        }
        if hasLegend {
            var x = plot.x
            for (index, entry) in Self.legend(for: shown, width: plot.width).enumerated() {
                guard x < plot.maxX else { break }
                if index > 0 { x += buffer.write(entry.separator, x: x, y: plot.maxY + 1, maxWidth: plot.maxX - x, style: theme[.textDim]) }
                x += buffer.write(entry.glyph, x: x, y: plot.maxY + 1, maxWidth: plot.maxX - x, style: theme[entry.role])
                x += buffer.write(" " + entry.label, x: x, y: plot.maxY + 1, maxWidth: plot.maxX - x, style: theme[.textDim])
            }
        }
    }

    private func renderPlot(_ shown: [Month], columnWidth: Int, in plot: Rect, into buffer: inout Buffer, theme: Theme) {
        let values = shown.flatMap { [$0.actual, $0.target, $0.forecast, $0.band95?.upperBound, $0.band80?.upperBound].compactMap { $0 } }
        let top = max(values.filter(\.isFinite).max() ?? 0, 1)
        let rows = Double(plot.height)
        // Label the top and the middle of the scale.
        let labelWidth = Self.scaleWidth - 1
        buffer.write(TextFit.pad(format(top), to: labelWidth, alignment: .right), x: plot.x - Self.scaleWidth, y: plot.y, style: theme[.textDim])
        buffer.write(
            TextFit.pad(format(top / 2), to: labelWidth, alignment: .right), x: plot.x - Self.scaleWidth, y: plot.y + plot.height / 2,
            style: theme[.textDim])
        func height(_ value: Double) -> Double { max(0, min(rows, value / top * rows)) }
        func row(_ value: Double) -> Int { plot.maxY - 1 - min(plot.height - 1, Int(height(value))) }

        // A gap between bars once a month has two cells or more: gapless one-cell bars read as a block.
        let barWidth = max(1, columnWidth - (columnWidth > 1 ? 1 : 0))
        for (index, month) in shown.enumerated() {
            let x = plot.x + index * columnWidth
            let base = month.highlighted ? theme[.kpiValue] : theme[.sparkline]
            if let band95 = month.band95 {
                for y in row(band95.upperBound)...row(max(0, band95.lowerBound)) {
                    buffer.write(String(repeating: "·", count: barWidth), x: x, y: y, style: theme[.textDim])
                }
            }
            if let band80 = month.band80 {
                for y in row(band80.upperBound)...row(max(0, band80.lowerBound)) {
                    buffer.write(String(repeating: "░", count: barWidth), x: x, y: y, style: theme[.textDim])
                }
            }
            if let actual = month.actual, actual > 0 {
                let eighths = Int((height(actual) * 8).rounded())
                for level in 0..<(eighths / 8) {
                    buffer.write(String(repeating: "█", count: barWidth), x: x, y: plot.maxY - 1 - level, style: base)
                }
                if eighths % 8 > 0, eighths / 8 < plot.height {
                    buffer.write(String(repeating: String(Self.eighths[eighths % 8 - 1]), count: barWidth), x: x, y: plot.maxY - 1 - eighths / 8, style: base)
                }
            }
            if let forecast = month.forecast {
                buffer.write(String(repeating: "●", count: barWidth), x: x, y: row(forecast), style: theme[.kpiWarn])
            }
            if let target = month.target, target > 0 {
                let y = row(target)
                let covered = (month.actual.map { height($0) } ?? 0) > Double(plot.maxY - 1 - y) + 0.5
                buffer.write(String(repeating: covered ? "▬" : "─", count: barWidth), x: x, y: y, style: theme[.kpiGood])
            }
        }
    }
}
