import ArgumentParser
import Foundation
import RapportForecast

/// `rapport forecast`: the dashboard's forecasting engine on any series given as CSV, so users
/// can test it on their own data; `--benchmark` times it instead.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast a series from a CSV file with the header period,value (periods 2024-01 or 2024-Q1).",
        discussion: """
            Prints one row per period ahead: the point forecast, the 80% and 95% prediction
            intervals, the method chosen and its backtest MASE (under 1 beats seasonal naive).
            Empty or NA values and missing periods are filled by interpolation.
            """)

    @Option(name: .long, help: ArgumentHelp("The CSV file; - reads standard input.", valueName: "file"))
    var input: String?

    // Unconditional parsing takes "-3" as the value rather than as an unknown option, so that
    // `validate` can give the allowed range instead of "Missing value".
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Season length (default: 12 for months, 4 for quarters; 1 for none).", valueName: "n"))
    var season: Int?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Periods ahead (default: one season, 12 months or 4 quarters).", valueName: "n"))
    var horizon: Int?

    @Option(name: .long, help: "Output: csv or json.")
    var format: OutputFormat = .csv

    @Option(
        name: .long,
        help: ArgumentHelp(
            "automatic (default), ets, theta, backtest, seasonalNaive, drift or naive.", valueName: "method"))
    var method: ModelSelection = .automatic

    @Option(
        name: .long,
        help: ArgumentHelp("Instead of forecasting a file, time the engine on this many synthetic 36-month series.", valueName: "series"))
    var benchmark: Int?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    func validate() throws {
        if let benchmark {
            guard (1...1_000_000).contains(benchmark) else { throw ValidationError("--benchmark: \(benchmark) is outside 1–1000000") }
            return
        }
        guard input != nil else { throw ValidationError("--input: give the CSV file to forecast (or - for standard input)") }
        if let horizon, !(1...Forecaster.maximumHorizon).contains(horizon) {
            throw ValidationError("--horizon: \(horizon) is outside 1–\(Forecaster.maximumHorizon)")
        }
        if let season, !(1...SeriesCSV.maximumPeriods).contains(season) {
            throw ValidationError("--season: \(season) is outside 1–\(SeriesCSV.maximumPeriods)")
        }
    }

    func run() throws {
        if let benchmark {
            let timing = ForecastBenchmark.run(series: benchmark)
            say(
                String(
                    format: "%d series of 36 months, horizon 12: median %.3f ms, worst %.3f ms, total %.2f s",
                    timing.series, timing.median * 1000, timing.worst * 1000, timing.total))
            return
        }
        do {
            let name = input ?? "-"
            let file = name == "-" ? "stdin" : name
            var lines = try lineReader(name, file: file)
            let parsed = try SeriesCSV.parse(lines: &lines)
            let seasonLength = season ?? parsed.seasonLength
            let steps = min(horizon ?? max(seasonLength, 1), Forecaster.maximumHorizon)
            guard let last = parsed.periods.last else { throw CommandFailure("\(name): no data rows") }
            try Self.checkRoom(after: last, horizon: steps, file: name)
            let series = ForecastSeries(values: parsed.values, seasonLength: seasonLength)
            let result = Forecaster.forecast(series, horizon: steps, selection: method)
            guard !result.points.isEmpty else {
                throw CommandFailure("\(name): nothing to forecast: \(result.fallbackReason ?? "no values")")
            }
            switch format {
            case .csv: say(ForecastOutput.csv(result, after: last), terminator: "")
            case .json: say(try ForecastOutput.json(result, after: last), terminator: "")
            }
            if let reason = result.fallbackReason, format == .csv {
                // CSV has no room for a note; stderr keeps stdout a clean table.
                warn("note: \(reason)")
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }

    /// Refuses a forecast whose periods Rapport could not read back: labels have four-digit
    /// years, so nothing may follow 9999-12 (or 9999-Q4).
    static func checkRoom(after last: SeriesPeriod, horizon: Int, file: String) throws {
        let room = last.periodsLeft
        guard horizon > room else { return }
        let end = last.advanced(by: room).label
        guard room > 0 else {
            throw CommandFailure("\(file): the series ends at \(end), the last period Rapport reads; no forecast can follow it")
        }
        throw CommandFailure(
            "\(file): \(horizon) \(last.kind.name)s after \(last.label) run past \(end), the last period Rapport reads; use --horizon \(room) or less")
    }

    /// The input line by line: a file is never read whole, so a huge one costs no memory.
    private func lineReader(_ name: String, file: String) throws -> SeriesLineReader {
        if name == "-" { return SeriesLineReader(file: file, handle: FileHandle.standardInput) }
        guard let handle = FileHandle(forReadingAtPath: name) else {
            throw CommandFailure("cannot read \(name): no such file, or not readable")
        }
        return SeriesLineReader(file: file, handle: handle)
    }
}

extension ModelSelection: ExpressibleByArgument {}
