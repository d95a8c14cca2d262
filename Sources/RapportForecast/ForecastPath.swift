/// What every method produces before the result is assembled: points and interval bounds.
struct ForecastPath: Equatable {
    var points: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]

    /// z-scores of the central 80% and 95% normal intervals.
    static let z80 = 1.2815515655446004
    static let z95 = 1.959963984540054

    /// Normal intervals around `points` with the given standard deviation per step.
    init(points: [Double], standardDeviations: [Double]) {
        self.points = points
        lower80 = zip(points, standardDeviations).map { $0 - Self.z80 * $1 }
        upper80 = zip(points, standardDeviations).map { $0 + Self.z80 * $1 }
        lower95 = zip(points, standardDeviations).map { $0 - Self.z95 * $1 }
        upper95 = zip(points, standardDeviations).map { $0 + Self.z95 * $1 }
    }

    init(points: [Double], lower80: [Double], upper80: [Double], lower95: [Double], upper95: [Double]) {
        self.points = points
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
    }

    var isFinite: Bool {
        [points, lower80, upper80, lower95, upper95].allSatisfy { $0.allSatisfy(\.isFinite) }
    }

    /// Back from the unit scale the models work in; a product that overflows is caught by `isFinite`.
    func scaled(by factor: Double) -> ForecastPath {
        ForecastPath(
            points: points.map { $0 * factor }, lower80: lower80.map { $0 * factor }, upper80: upper80.map { $0 * factor },
            lower95: lower95.map { $0 * factor }, upper95: upper95.map { $0 * factor })
    }

    /// Bounds nested around the point at every step: simulated quantiles and rounding can
    /// otherwise cross by a hair, which a chart would draw as a twisted band.
    func ordered() -> ForecastPath {
        var copy = self
        for step in points.indices {
            let point = points[step]
            copy.lower80[step] = min(lower80[step], point)
            copy.upper80[step] = max(upper80[step], point)
            copy.lower95[step] = min(lower95[step], copy.lower80[step])
            copy.upper95[step] = max(upper95[step], copy.upper80[step])
        }
        return copy
    }
}
