/// An account's health, 0...100, with the parts it is made of so the screen can say why.
public struct HealthScore: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public let name: String
        /// Share of the total, 0...1, among the parts that had data.
        public let weight: Double
        /// 0...100
        public let score: Int
        /// A short human reason: "revenue +12% vs last year".
        public let reason: String
    }

    public let value: Int
    public let parts: [Part]

    public var band: HealthBand { HealthBand(score: value) }

    /// The score when nothing is known yet: neutral, so a new account shows as "watch".
    public static let neutral = 60

    public init(value: Int, parts: [Part]) {
        self.value = min(100, max(0, value))
        self.parts = parts
    }

    /// Revenue trend (40), target attainment (30) and initiative risk (30). A part without data
    /// drops out and the others share its weight.
    public static func compute(initiatives: InitiativeCounts, revenue: RevenueSnapshot) -> HealthScore {
        var raw: [(name: String, weight: Double, score: Double, reason: String)] = []
        if let change = revenue.yearOverYearPercent {
            // -20% or worse scores 0, +10% or better scores 100.
            let score = scale(change, from: -20, to: 10)
            raw.append(("Revenue trend", 40, score, "\(signedPercent(change)) vs last year"))
        }
        if let attainment = revenue.attainmentPercent {
            // 70% of target or less scores 0, on target scores 100.
            let score = scale(attainment, from: 70, to: 100)
            raw.append(("Target attainment", 30, score, "\(Int(attainment.rounded()))% of target"))
        }
        if initiatives.open > 0 {
            let trouble = Double(initiatives.atRisk) * 0.5 + Double(initiatives.blocked)
                + Double(initiatives.overdue) * 0.75
            let score = max(0, 100 - 100 * trouble / Double(initiatives.open))
            let problems = [(initiatives.atRisk, "at risk"), (initiatives.blocked, "blocked"), (initiatives.overdue, "late")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            let reason = (problems + ["\(initiatives.open) open"]).joined(separator: " · ")
            raw.append(("Initiative risk", 30, score, reason))
        }
        let totalWeight = raw.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return HealthScore(value: neutral, parts: []) }
        let parts = raw.map { Part(name: $0.name, weight: $0.weight / totalWeight, score: Int($0.score.rounded()), reason: $0.reason) }
        let value = raw.reduce(0) { $0 + $1.score * $1.weight } / totalWeight
        return HealthScore(value: Int(value.rounded()), parts: parts)
    }

    static func scale(_ value: Double, from low: Double, to high: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(100, max(0, (value - low) / (high - low) * 100))
    }

    static func signedPercent(_ value: Double) -> String {
        let rounded = Int(value.rounded())
        return rounded > 0 ? "+\(rounded)%" : "\(rounded)%"
    }
}

public enum HealthBand: String, CaseIterable, Hashable, Sendable {
    case good
    case watch
    case atRisk = "at-risk"

    public init(score: Int) {
        switch score {
        case 70...: self = .good
        case 40..<70: self = .watch
        default: self = .atRisk
        }
    }

    public var label: String {
        switch self {
        case .good: return "good"
        case .watch: return "watch"
        case .atRisk: return "at risk"
        }
    }
}
