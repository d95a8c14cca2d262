import Foundation
import RapportForecast

/// Timing of the whole forecast (selection, fit, intervals, backtest) over many synthetic
/// series, for `rapport forecast --benchmark` and `rapport bench --forecasts`; not a test, since
/// timings depend on the machine. It lives in the command rather than in RapportForecast
/// because it reads a clock, which the engine never does: its results depend on its input alone.
///
/// The series imitate three years of monthly revenue: a level, a trend, a season and noise,
/// with every fifth series crossing zero so that the additive-only path is timed too. They are
/// generated from a fixed seed, so every run times the same work.
enum ForecastBenchmark {
    struct Timing: Equatable, Sendable {
        /// Seconds for one series: the median, the slowest, and all of them together.
        let median: Double
        let worst: Double
        let total: Double
        let series: Int
    }

    static func run(series count: Int, months: Int = 36, horizon: Int = 12) -> Timing {
        let all = series(count: count, months: months)
        let clock = ContinuousClock()
        var durations: [Double] = []
        durations.reserveCapacity(all.count)
        var checksum = 0.0
        for series in all {
            let start = clock.now
            let result = Forecaster.forecast(series, horizon: horizon)
            let elapsed = clock.now - start
            checksum += result.points.first ?? 0
            durations.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        // Keeps the optimizer from discarding forecasts that nothing reads.
        if checksum.isNaN { durations.append(0) }
        let sorted = durations.sorted()
        return Timing(
            median: sorted.isEmpty ? 0 : sorted[sorted.count / 2], worst: sorted.last ?? 0, total: durations.reduce(0, +),
            series: all.count)
    }

    static func series(count: Int, months: Int) -> [ForecastSeries] {
        var generator = SeededGenerator(seed: 36_2024)
        return (0..<max(0, count)).map { index in
            let level = generator.double(in: 1_000...1_000_000)
            let trend = level * generator.double(in: -0.01...0.02)
            let amplitude = generator.double(in: 0...0.3)
            let noise = generator.double(in: 0.02...0.2)
            let crossesZero = index % 5 == 4
            let values = (0..<max(1, months)).map { month -> Double? in
                let season = 1 + amplitude * sin(Double(month % 12) / 12 * 2 * Double.pi)
                var value = (level + trend * Double(month)) * season * (1 + noise * generator.gaussian() / 2)
                if crossesZero { value -= level * 0.9 }
                return value
            }
            return ForecastSeries(values: values, seasonLength: 12)
        }
    }
}
