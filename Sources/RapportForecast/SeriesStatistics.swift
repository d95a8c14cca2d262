/// Small summaries the heuristics and fallbacks share.
enum SeriesStatistics {
    static func mean(_ values: ArraySlice<Double>) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation (n − 1 in the denominator); 0 for fewer than two values.
    static func standardDeviation(_ values: ArraySlice<Double>) -> Double {
        guard values.count > 1 else { return 0 }
        let mean = mean(values)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    static func meanAbsolute(_ values: ArraySlice<Double>) -> Double {
        values.isEmpty ? 0 : values.reduce(0) { $0 + abs($1) } / Double(values.count)
    }
}
