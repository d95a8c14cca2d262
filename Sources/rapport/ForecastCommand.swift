import ArgumentParser
import Foundation
import RapportCore

/// `rapport forecast`: the dashboard's forecasting engine on any series, so users can test it
/// on their own data.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast a series given as CSV (header period,value; periods like 2024-01 or 2024-Q1).",
        discussion: """
            Prints each future period with the point forecast and its 80% and 95% prediction
            intervals, the method chosen and its rolling-origin backtest MASE (under 1 beats the
            seasonal naive forecast) and sMAPE. Empty values and missing periods are filled by
            interpolation; other bad cells are refused with their line.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
        case json
    }

    @Option(name: .long, help: ArgumentHelp("The CSV file ('-' reads standard input).", valueName: "file"))
    var input: String

    @Option(name: .long, help: "Season length (default: 12 for months, 4 for quarters).")
    var season: Int?

    @Option(name: .long, help: "How many periods ahead.")
    var horizon = 12

    @Option(name: .long, help: "Output format: csv or json.")
    var format: Format = .csv

    func validate() throws {
        guard (1...1000).contains(horizon) else { throw ValidationError("--horizon: \(horizon) is outside 1–1000") }
        if let season, !(1...366).contains(season) { throw ValidationError("--season: \(season) is outside 1–366") }
    }

    func run() throws {
        do {
            let text: String
            if input == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: input) else {
                    throw CommandFailure("\(input): cannot be read (no such file, or no permission)")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            let series = try SeriesCSV.parse(text, file: input == "-" ? "stdin" : input)
            let result = Forecaster.forecast(ForecastSeries(values: series.values, seasonLength: season ?? series.seasonLength), horizon: horizon)
            guard let last = series.periods.last else { throw CommandFailure("\(input): there are no rows after the header") }
            let periods = (1...horizon).map { last.adding($0).description }
            print(format == .csv ? Self.csv(result, periods: periods) : Self.json(result, periods: periods, season: season ?? series.seasonLength))
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String(format: "%.2f", value)
    }

    static func csv(_ result: ForecastResult, periods: [String]) -> String {
        let mase = result.backtest.map { number($0.mase) } ?? ""
        let smape = result.backtest.map { number($0.smape) } ?? ""
        var lines = ["period,forecast,lo80,hi80,lo95,hi95,method,backtest_mase,backtest_smape"]
        for (step, period) in periods.enumerated() where step < result.points.count {
            let method = "\"" + result.method.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines.append(
                [period, number(result.points[step]), number(result.lower80[step]), number(result.upper80[step]),
                 number(result.lower95[step]), number(result.upper95[step]), method, mase, smape].joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    struct Output: Encodable {
        struct Step: Encodable {
            let period: String
            let forecast, lo80, hi80, lo95, hi95: Double
        }
        struct Backtest: Encodable {
            let mase, smape: Double
            let origins: Int
        }
        let method: String
        let season: Int
        let backtest: Backtest?
        let note: String?
        let forecast: [Step]
    }

    static func json(_ result: ForecastResult, periods: [String], season: Int) -> String {
        func finite(_ value: Double) -> Double { value.isFinite ? (value * 100).rounded() / 100 : 0 }
        let steps = periods.enumerated().filter { $0.offset < result.points.count }.map { step, period in
            Output.Step(
                period: period, forecast: finite(result.points[step]), lo80: finite(result.lower80[step]), hi80: finite(result.upper80[step]),
                lo95: finite(result.lower95[step]), hi95: finite(result.upper95[step]))
        }
        let output = Output(
            method: result.method, season: season,
            backtest: result.backtest.map { Output.Backtest(mase: finite($0.mase), smape: finite($0.smape), origins: $0.origins) },
            note: result.fallbackReason, forecast: steps)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
