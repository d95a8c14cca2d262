/// A method as the selection sees it: which selection asks for it alone, its name, its
/// forecast on the whole series, and a way to refit it on a shorter history for the backtest.
struct ForecastCandidate {
    var selection: ModelSelection
    var method: String
    var path: ForecastPath
    var refit: (_ training: [Double], _ steps: Int) -> [Double]?

    /// The lowest-AICc model of the ETS family, as forecast::ets chooses; nil when the series is
    /// too short for any. Backtest refits keep the chosen model's form and start from its fit.
    static func ets(_ y: [Double], seasonLength m: Int, allPositive: Bool, horizon: Int) -> ForecastCandidate? {
        var best: ETSModel? = nil
        for spec in ETSSpec.candidates(count: y.count, seasonLength: m, allPositive: allPositive) {
            guard let model = ETSModel.fit(y, seasonLength: m, spec: spec), model.aicc.isFinite else { continue }
            if let current = best, current.aicc <= model.aicc { continue }
            best = model
        }
        guard let model = best else { return nil }
        return ForecastCandidate(selection: .ets, method: model.spec.description, path: model.forecast(horizon: horizon)) { training, steps in
            ETSModel.fit(training, seasonLength: m, spec: model.spec, warmStart: model)?.pointForecasts(horizon: steps)
        }
    }

    static func theta(_ y: [Double], seasonLength m: Int, horizon: Int) -> ForecastCandidate? {
        guard let fit = ThetaMethod.forecast(y, seasonLength: m, horizon: horizon) else { return nil }
        return ForecastCandidate(selection: .theta, method: "Theta", path: fit.path) { training, steps in
            ThetaMethod.forecast(training, seasonLength: m, horizon: steps)?.path.points
        }
    }

    static func seasonalNaive(_ y: [Double], seasonLength m: Int, horizon: Int) -> ForecastCandidate {
        ForecastCandidate(
            selection: .seasonalNaive, method: "Seasonal naive", path: BenchmarkMethods.seasonalNaive(y, seasonLength: m, horizon: horizon)
        ) { training, steps in
            BenchmarkMethods.seasonalNaive(training, seasonLength: m, horizon: steps).points
        }
    }

    static func naive(_ y: [Double], horizon: Int) -> ForecastCandidate {
        ForecastCandidate(selection: .naive, method: "Naive", path: BenchmarkMethods.naive(y, horizon: horizon)) { training, steps in
            BenchmarkMethods.naive(training, horizon: steps).points
        }
    }

    static func drift(_ y: [Double], horizon: Int) -> ForecastCandidate {
        ForecastCandidate(selection: .drift, method: "Drift", path: BenchmarkMethods.drift(y, horizon: horizon)) { training, steps in
            BenchmarkMethods.drift(training, horizon: steps).points
        }
    }
}
