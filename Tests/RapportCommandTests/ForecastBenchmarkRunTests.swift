import Foundation
import XCTest

@testable import RapportForecast
@testable import rapport

/// Runs the `rapport forecast --benchmark` harness when RAPPORT_FORECAST_BENCHMARK names a
/// number of series, and prints its figures; skipped otherwise. Timing is reported, never asserted.
final class ForecastBenchmarkRunTests: XCTestCase {
    func testPrintBenchmarkFigures() throws {
        guard let text = ProcessInfo.processInfo.environment["RAPPORT_FORECAST_BENCHMARK"], let count = Int(text) else {
            throw XCTSkip("set RAPPORT_FORECAST_BENCHMARK=10000 (with swift test -c release) to time the forecaster")
        }
        let timing = ForecastBenchmark.run(series: count)
        XCTAssertEqual(timing.series, count)
        print(
            String(
                format: "forecast benchmark: %d series of 36 months, median %.3f ms, worst %.3f ms, total %.2f s",
                timing.series, timing.median * 1000, timing.worst * 1000, timing.total))
    }

    /// Every run must time the same work, or two runs' figures could not be compared.
    func testSeriesAreTheSameOnEveryRunAndEveryFifthCrossesZero() {
        let first = ForecastBenchmark.series(count: 10, months: 36)
        XCTAssertEqual(first, ForecastBenchmark.series(count: 10, months: 36))
        XCTAssertEqual(first.count, 10)
        for (index, series) in first.enumerated() {
            let values = series.values.compactMap { $0 }
            XCTAssertEqual(values.count, 36)
            XCTAssertEqual(values.contains { $0 < 0 }, index % 5 == 4, "series \(index)")
        }
        let timing = ForecastBenchmark.run(series: 2, months: 24, horizon: 6)
        XCTAssertEqual(timing.series, 2)
        XCTAssertLessThanOrEqual(timing.median, timing.worst)
        XCTAssertLessThanOrEqual(timing.worst, timing.total)
    }
}
