/// The M4 competition's accuracy measures.
enum ForecastAccuracy {
    /// Symmetric MAPE, 0 to 200: the mean of 200·|y − f| / (|y| + |f|). A step where both are
    /// zero is a perfect forecast and counts 0 rather than 0/0.
    static func smape(actual: ArraySlice<Double>, forecast: ArraySlice<Double>) -> Double {
        let pairs = zip(actual, forecast)
        var sum = 0.0
        var count = 0
        for (value, predicted) in pairs {
            let denominator = abs(value) + abs(predicted)
            sum += denominator > 0 ? 200 * abs(value - predicted) / denominator : 0
            count += 1
        }
        return count > 0 ? sum / Double(count) : 0
    }

    static func meanAbsoluteError(actual: ArraySlice<Double>, forecast: ArraySlice<Double>) -> Double {
        var sum = 0.0
        var count = 0
        for (value, predicted) in zip(actual, forecast) {
            sum += abs(value - predicted)
            count += 1
        }
        return count > 0 ? sum / Double(count) : 0
    }

    /// MASE's denominator: the in-sample mean absolute error of the seasonal naive method (lag m),
    /// or of the naive method (lag 1) when there is no season or less than one season plus one
    /// value. When that error is 0 (a history that repeats exactly) the scale falls back to the
    /// naive error, then to the mean absolute value, then to 1, so MASE stays finite.
    static func scale(history: ArraySlice<Double>, seasonLength m: Int) -> Double {
        func naiveError(lag: Int) -> Double {
            guard lag > 0, history.count > lag else { return 0 }
            let start = history.startIndex
            var sum = 0.0
            for index in (start + lag)..<history.endIndex { sum += abs(history[index] - history[index - lag]) }
            return sum / Double(history.count - lag)
        }
        for candidate in [m > 1 && history.count > m ? naiveError(lag: m) : 0, naiveError(lag: 1), SeriesStatistics.meanAbsolute(history)]
        where candidate > 0 && candidate.isFinite {
            return candidate
        }
        return 1
    }

    static func mase(actual: ArraySlice<Double>, forecast: ArraySlice<Double>, history: ArraySlice<Double>, seasonLength m: Int) -> Double {
        meanAbsoluteError(actual: actual, forecast: forecast) / scale(history: history, seasonLength: m)
    }
}
