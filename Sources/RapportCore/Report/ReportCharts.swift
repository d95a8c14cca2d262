/// The report's inline SVG charts: drawn from the figures alone, no script, no fonts or images
/// fetched, so the file looks the same offline and in print.
enum ReportCharts {
    static let width = 640
    static let height = 220

    /// Revenue by month: actual as bars, the target and last year as lines over them.
    static func revenue(_ months: [RevenueMonth]) -> String {
        let values = months.flatMap { [$0.actualMinor, $0.targetMinor, $0.lastYearMinor].compactMap { $0 } }
        guard !months.isEmpty, let peak = values.max(), peak > 0 else {
            return "<p class=\"muted\">No revenue recorded for these months.</p>"
        }
        let left = 70, right = 10, top = 10, bottom = 40
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let slot = Double(plotWidth) / Double(months.count)
        func y(_ minor: Int64) -> Double { Double(top) + Double(plotHeight) * (1 - Double(max(0, minor)) / Double(peak)) }
        func x(_ index: Int) -> Double { Double(left) + slot * (Double(index) + 0.5) }
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Revenue by month against target and last year\" "
            + "viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for step in 0...4 {
            let value = peak / 4 * Int64(step)
            let lineY = format(y(value))
            svg += "<line class=\"grid\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(lineY)\" y2=\"\(lineY)\"/>"
            svg += "<text class=\"axis\" x=\"\(left - 6)\" y=\"\(lineY)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(ReportFigures.money(value))</text>\n"
        }
        for (index, month) in months.enumerated() {
            if let actual = month.actualMinor {
                let barWidth = slot * 0.6
                let barY = y(actual)
                svg += "<rect class=\"actual\" x=\"\(format(x(index) - barWidth / 2))\" y=\"\(format(barY))\" width=\"\(format(barWidth))\" "
                    + "height=\"\(format(Double(top + plotHeight) - barY))\"><title>\(month.month): \(ReportFigures.money(actual))</title></rect>\n"
            }
            svg += "<text class=\"axis\" x=\"\(format(x(index)))\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">\(month.month)</text>\n"
        }
        for (series, values) in [("target", months.map(\.targetMinor)), ("last-year", months.map(\.lastYearMinor))] {
            let points = values.enumerated().compactMap { index, value in value.map { "\(format(x(index))),\(format(y($0)))" } }
            guard !points.isEmpty else { continue }
            svg += points.count == 1
                ? "<circle class=\"\(series)\" cx=\"\(points[0].split(separator: ",")[0])\" cy=\"\(points[0].split(separator: ",")[1])\" r=\"4\"/>\n"
                : "<polyline class=\"\(series)\" points=\"\(points.joined(separator: " "))\"/>\n"
        }
        let legendY = height - 8
        svg += "<rect class=\"actual\" x=\"\(left)\" y=\"\(legendY - 9)\" width=\"12\" height=\"10\"/><text class=\"axis\" x=\"\(left + 16)\" y=\"\(legendY)\">Actual</text>"
        svg += "<line class=\"target\" x1=\"\(left + 80)\" x2=\"\(left + 100)\" y1=\"\(legendY - 4)\" y2=\"\(legendY - 4)\"/><text class=\"axis\" x=\"\(left + 104)\" y=\"\(legendY)\">Target</text>"
        svg += "<line class=\"last-year\" x1=\"\(left + 160)\" x2=\"\(left + 180)\" y1=\"\(legendY - 4)\" y2=\"\(legendY - 4)\"/><text class=\"axis\" x=\"\(left + 184)\" y=\"\(legendY)\">Last year</text>\n"
        return svg + "</svg>\n"
    }

    /// The initiatives' statuses as one stacked bar, each part labelled with its count.
    static func initiativeBar(_ section: InitiativeSection) -> String {
        let parts = [
            ("done", "Completed", section.completed), ("on-track", "On track", section.onTrack), ("planned", "Planned", section.planned),
            ("at-risk", "At risk", section.atRisk), ("blocked", "Blocked", section.blocked),
        ].filter { $0.2 > 0 }
        let total = parts.reduce(0) { $0 + $1.2 }
        guard total > 0 else { return "<p class=\"muted\">No initiatives.</p>" }
        let barHeight = 28
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Initiatives by status\" viewBox=\"0 0 \(width) 60\" width=\"\(width)\" height=\"60\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">\n"
        var offset = 0.0
        for (role, label, count) in parts {
            let partWidth = Double(width) * Double(count) / Double(total)
            svg += "<rect class=\"status-\(role)\" x=\"\(format(offset))\" y=\"0\" width=\"\(format(partWidth))\" height=\"\(barHeight)\">"
                + "<title>\(label): \(count)</title></rect>\n"
            if partWidth > 60 {
                svg += "<text class=\"bar-label\" x=\"\(format(offset + 6))\" y=\"\(barHeight / 2)\" dominant-baseline=\"middle\">\(label) \(count)</text>\n"
            }
            offset += partWidth
        }
        svg += "<text class=\"axis\" x=\"0\" y=\"50\">Completed counts the period; the others are today's statuses.</text>\n"
        return svg + "</svg>\n"
    }

    /// Two decimals at most, no exponent: what SVG attributes read.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return fraction == 0 ? "\(sign)\(magnitude / 100)" : "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
