import Foundation

/// The Swift half of scripts/compare-forecasts.py, compiled by it together with
/// Sources/RapportForecast (swiftc -O, one module): reads {"selections": [...], "series":
/// [{id, values, season, horizon}]} and writes one row per series and selection with the
/// forecast, its intervals, its backtest and how long it took. Not part of the product.
@main
struct ForecastExport {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: forecast-export INPUT.json OUTPUT.json\n".utf8))
            exit(2)
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
        guard let input = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let names = input["selections"] as? [String], let series = input["series"] as? [[String: Any]]
        else {
            FileHandle.standardError.write(Data("forecast-export: the input is not {selections, series}\n".utf8))
            exit(1)
        }
        let selections = names.compactMap(ModelSelection.init(rawValue:))
        var rows: [[String: Any]] = []
        for entry in series {
            guard let id = entry["id"] as? String, let values = entry["values"] as? [Double], let season = entry["season"] as? Int,
                let horizon = entry["horizon"] as? Int
            else { continue }
            for selection in selections {
                let clock = ContinuousClock()
                let start = clock.now
                let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: season), horizon: horizon, selection: selection)
                let elapsed = clock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                rows.append([
                    "id": id, "season": season, "horizon": horizon, "selection": selection.rawValue, "method": result.method,
                    "points": result.points, "lower80": result.lower80, "upper80": result.upper80, "lower95": result.lower95,
                    "upper95": result.upper95, "backtest_mase": result.backtest?.mase ?? NSNull(), "seconds": seconds,
                    "loses_to_seasonal_naive": result.losesToSeasonalNaive,
                    "better_simpler": result.betterSimplerMethod?.selection.rawValue ?? NSNull(),
                    "simpler": result.simplerBacktests.map { ["selection": $0.selection.rawValue, "mase": $0.score.mase] as [String: Any] },
                ])
            }
        }
        try JSONSerialization.data(withJSONObject: rows).write(to: URL(fileURLWithPath: arguments[2]))
    }
}
