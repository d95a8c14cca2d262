/// The chart's last row: each glyph in the style the plot draws it with, and what it stands for.
extension MonthlyChart {
    struct LegendEntry: Equatable {
        let glyph: String
        let label: String
        let role: ThemeRole
        /// What goes before it when it is not the first.
        let separator: String
    }

    /// The entries for what the shown months hold (the bars always, so an empty chart still says
    /// what it would show), in words when they fit in `width`, else in a shorter form.
    static func legend(for shown: [Month], width: Int) -> [LegendEntry] {
        let present: [(glyph: String, long: String, short: String, role: ThemeRole, shows: Bool)] = [
            ("█", "actual", "actual", .sparkline, true),
            ("─", "target", "target", .kpiGood, shown.contains { ($0.target ?? 0) > 0 }),
            ("●", "forecast", "forecast", .kpiWarn, shown.contains { $0.forecast != nil }),
            ("░", "80% range", "80%", .textDim, shown.contains { $0.band80 != nil }),
            ("·", "95% range", "95%", .textDim, shown.contains { $0.band95 != nil }),
        ].filter(\.shows)
        let long = present.map { LegendEntry(glyph: $0.glyph, label: $0.long, role: $0.role, separator: "   ") }
        if length(of: long) <= width { return long }
        return present.map { LegendEntry(glyph: $0.glyph, label: $0.short, role: $0.role, separator: " ") }
    }

    static func length(of entries: [LegendEntry]) -> Int {
        entries.enumerated().reduce(0) { sum, item in
            sum + (item.offset > 0 ? item.element.separator.count : 0) + item.element.glyph.count + 1 + item.element.label.count
        }
    }
}
