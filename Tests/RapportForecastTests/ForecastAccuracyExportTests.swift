import Foundation
import RapportForecast
import XCTest

/// Not a check but the Swift half of scripts/compare-forecasts.py: with
/// RAPPORT_FORECAST_INPUT and RAPPORT_FORECAST_OUTPUT set, forecasts every series in the input
/// JSON with each selection in RAPPORT_FORECAST_SELECTIONS and writes the results as JSON for
/// the script to score against statsmodels. Without them it is skipped.
final class ForecastAccuracyExportTests: XCTestCase {
    func testExportForecastsForComparison() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let inputPath = environment["RAPPORT_FORECAST_INPUT"], let outputPath = environment["RAPPORT_FORECAST_OUTPUT"] else {
            throw XCTSkip("set RAPPORT_FORECAST_INPUT and RAPPORT_FORECAST_OUTPUT to export forecasts")
        }
        let selections = (environment["RAPPORT_FORECAST_SELECTIONS"] ?? "automatic")
            .split(separator: ",").compactMap { ModelSelection(rawValue: String($0)) }
        let data = try Data(contentsOf: URL(fileURLWithPath: inputPath))
        let series = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        var rows: [[String: Any]] = []
        for entry in series {
            let id = try XCTUnwrap(entry["id"] as? String)
            let values = try XCTUnwrap(entry["values"] as? [Double])
            let season = try XCTUnwrap(entry["season"] as? Int)
            let horizon = try XCTUnwrap(entry["horizon"] as? Int)
            for selection in selections {
                let start = DispatchTime.now().uptimeNanoseconds
                let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: season), horizon: horizon, selection: selection)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                XCTAssertEqual(result.points.count, horizon)
                rows.append([
                    "id": id, "selection": selection.rawValue, "method": result.method, "points": result.points,
                    "lower80": result.lower80, "upper80": result.upper80, "lower95": result.lower95, "upper95": result.upper95,
                    "backtest_mase": result.backtest?.mase ?? NSNull(), "seconds": seconds,
                ])
            }
        }
        let output = try JSONSerialization.data(withJSONObject: rows)
        try output.write(to: URL(fileURLWithPath: outputPath))
    }
}
