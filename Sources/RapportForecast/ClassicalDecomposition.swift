/// Seasonal figures by classical decomposition, as R's `decompose`: a centred moving average of
/// one season's length estimates the trend; the average deviation from it at each position in
/// the season, normalised, is that position's seasonal figure.
struct ClassicalDecomposition {
    enum Kind { case additive, multiplicative }

    /// One figure per position in the season: `figures[t % m]` belongs to observation t
    /// (counted from 0 at the series' start). Additive figures sum to 0, multiplicative ones
    /// average 1.
    let figures: [Double]

    /// nil when there are fewer than two full seasons, or when a multiplicative decomposition
    /// meets a trend that is not positive (a ratio to it would mean nothing).
    init?(_ values: ArraySlice<Double>, seasonLength: Int, kind: Kind) {
        let count = values.count
        let m = seasonLength
        guard m > 1, count >= 2 * m else { return nil }
        let start = values.startIndex
        // An even season needs a 2×m average (half weights at both ends) to be centred.
        let half = m / 2
        var sums = [Double](repeating: 0, count: m)
        var counts = [Int](repeating: 0, count: m)
        for t in half..<(count - half) {
            var trend = 0.0
            if m % 2 == 0 {
                trend = 0.5 * values[start + t - half] + 0.5 * values[start + t + half]
                for offset in (t - half + 1)..<(t + half) { trend += values[start + offset] }
            } else {
                for offset in (t - half)...(t + half) { trend += values[start + offset] }
            }
            trend /= Double(m)
            let value = values[start + t]
            switch kind {
            case .additive:
                sums[t % m] += value - trend
            case .multiplicative:
                guard trend > 0 else { return nil }
                sums[t % m] += value / trend
            }
            counts[t % m] += 1
        }
        var figures = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : 0 }
        let mean = figures.reduce(0, +) / Double(m)
        switch kind {
        case .additive:
            figures = figures.map { $0 - mean }
        case .multiplicative:
            guard mean > 0 else { return nil }
            figures = figures.map { $0 / mean }
        }
        guard figures.allSatisfy(\.isFinite) else { return nil }
        self.figures = figures
    }
}
