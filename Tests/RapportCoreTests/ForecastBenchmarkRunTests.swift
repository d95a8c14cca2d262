import Foundation
import RapportCore
import XCTest

/// Runs `Forecaster.benchmark` when RAPPORT_FORECAST_BENCHMARK names a number of series, and
/// prints its figures; skipped otherwise. Timing is reported, never asserted.
final class ForecastBenchmarkRunTests: XCTestCase {
    func testPrintBenchmarkFigures() throws {
        guard let text = ProcessInfo.processInfo.environment["RAPPORT_FORECAST_BENCHMARK"], let count = Int(text) else {
            throw XCTSkip("set RAPPORT_FORECAST_BENCHMARK=10000 (with swift test -c release) to time the forecaster")
        }
        let timing = Forecaster.benchmark(series: count)
        XCTAssertEqual(timing.series, count)
        print(
            String(
                format: "forecast benchmark: %d series of 36 months, median %.3f ms, worst %.3f ms, total %.2f s",
                timing.series, timing.median * 1000, timing.worst * 1000, timing.total))
    }
}
