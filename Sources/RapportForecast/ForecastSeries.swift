/// A series to forecast: equally spaced values, oldest first, with the length of its season
/// (12 for months, 4 for quarters, 1 when there is none).
public struct ForecastSeries: Hashable, Sendable {
    /// nil marks a missing period; non-finite numbers are treated as missing too.
    let values: [Double?]
    /// At least 1; a smaller number given to `init` is read as 1 (no season).
    let seasonLength: Int

    public init(values: [Double?], seasonLength: Int) {
        self.values = values
        self.seasonLength = max(1, seasonLength)
    }
}

/// The series as the models see it: no gaps, no leading missing periods.
struct FilledSeries: Equatable {
    var values: [Double]
    /// Missing periods inside the series, filled by linear interpolation between neighbours.
    var interpolated: Int
    /// Missing periods at the end, filled with the last observed value: there is no later
    /// neighbour to interpolate towards, and carrying the last value forward invents no trend.
    var carriedForward: Int
    /// Missing periods before the first observation, dropped: history starts with the first value.
    var droppedLeading: Int

    init(_ series: ForecastSeries) {
        let raw = series.values.map { value -> Double? in
            guard let value, value.isFinite else { return nil }
            return value
        }
        guard let first = raw.firstIndex(where: { $0 != nil }), let last = raw.lastIndex(where: { $0 != nil }) else {
            values = []
            interpolated = 0
            carriedForward = 0
            droppedLeading = raw.count
            return
        }
        var filled: [Double] = []
        filled.reserveCapacity(raw.count - first)
        var gaps = 0
        var previousIndex = first
        var previousValue = raw[first] ?? 0
        filled.append(previousValue)
        for index in (first + 1)..<(last + 1) {
            guard let value = raw[index] else { continue }
            let span = index - previousIndex
            if span > 1 {
                gaps += span - 1
                for step in 1..<span {
                    let fraction = Double(step) / Double(span)
                    // Written as a weighted mean so that huge neighbours cannot overflow a difference.
                    filled.append(previousValue * (1 - fraction) + value * fraction)
                }
            }
            filled.append(value)
            previousIndex = index
            previousValue = value
        }
        let trailing = raw.count - 1 - last
        filled.append(contentsOf: repeatElement(previousValue, count: trailing))
        values = filled
        interpolated = gaps
        carriedForward = trailing
        droppedLeading = first
    }

    /// A sentence for `ForecastResult.fallbackReason`, or nil when nothing was filled or dropped.
    var note: String? {
        var parts: [String] = []
        if interpolated > 0 {
            parts.append("\(interpolated) missing \(interpolated == 1 ? "period" : "periods") filled by linear interpolation")
        }
        if carriedForward > 0 {
            parts.append("\(carriedForward) missing \(carriedForward == 1 ? "period" : "periods") at the end filled with the last value")
        }
        if droppedLeading > 0, !values.isEmpty {
            parts.append("\(droppedLeading) missing \(droppedLeading == 1 ? "period" : "periods") before the first value ignored")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
