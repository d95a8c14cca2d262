/// An account's health, 0...100, with the parts it is made of so the screen can say why.
///
/// The value is computed from numbers only; the parts (with their human reasons) are built
/// when asked for, because a book of 100,000 accounts needs every value but shows one account's parts.
public struct HealthScore: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public let name: String
        /// Share of the total, 0...1, among the parts that had data.
        public let weight: Double
        /// 0...100
        public let score: Int
        /// A short human reason: "+12% vs last year".
        public let reason: String
    }

    public let value: Int
    let initiatives: InitiativeCounts
    let yearOverYearPercent: Double?
    let attainmentPercent: Double?

    public var band: HealthBand { HealthBand(score: value) }

    /// The score when nothing is known yet: neutral, so a new account shows as "watch".
    public static let neutral = 60

    /// Revenue trend (40), target attainment (30) and initiative risk (30). A part without data
    /// drops out and the others share its weight.
    public static func compute(initiatives: InitiativeCounts, revenue: RevenueSnapshot) -> HealthScore {
        HealthScore(initiatives: initiatives, yearOverYear: revenue.yearOverYearPercent, attainment: revenue.attainmentPercent)
    }

    init(initiatives: InitiativeCounts, yearOverYear: Double?, attainment: Double?) {
        self.initiatives = initiatives
        self.yearOverYearPercent = yearOverYear
        self.attainmentPercent = attainment
        let scores = Self.scores(initiatives: initiatives, yearOverYear: yearOverYear, attainment: attainment)
        let totalWeight = scores.reduce(0) { $0 + $1.weight }
        if totalWeight > 0 {
            let weighted = scores.reduce(0) { $0 + $1.score * $1.weight } / totalWeight
            value = min(100, max(0, Int(weighted.rounded())))
        } else {
            value = Self.neutral
        }
    }

    /// (weight, score) of each part that has data, in the order of `parts`.
    static func scores(initiatives: InitiativeCounts, yearOverYear: Double?, attainment: Double?) -> [(weight: Double, score: Double)] {
        var result: [(weight: Double, score: Double)] = []
        if let yearOverYear { result.append((40, revenueTrendScore(yearOverYear))) }
        // 70% of target or less scores 0, on target scores 100.
        if let attainment { result.append((30, scale(attainment, from: 70, to: 100))) }
        if let risk = initiatives.riskScore { result.append((30, risk)) }
        return result
    }

    public var parts: [Part] {
        let scores = Self.scores(initiatives: initiatives, yearOverYear: yearOverYearPercent, attainment: attainmentPercent)
        let totalWeight = scores.reduce(0) { $0 + $1.weight }
        var names: [(String, String)] = []
        if let yearOverYearPercent { names.append(("Revenue trend", "\(Self.signedPercent(yearOverYearPercent)) vs last year")) }
        if let attainmentPercent { names.append(("Target attainment", "\(Int(attainmentPercent.rounded()))% of target")) }
        if initiatives.open > 0 { names.append(("Initiative risk", initiatives.riskReason)) }
        return zip(names, scores).map { name, score in
            Part(name: name.0, weight: score.weight / totalWeight, score: Int(score.score.rounded()), reason: name.1)
        }
    }

    /// -20% or worse against last year scores 0, +10% or better scores 100. Shared with
    /// `RelationshipHealth`, so both scores read a revenue trend the same way.
    static func revenueTrendScore(_ yearOverYearPercent: Double) -> Double {
        scale(yearOverYearPercent, from: -20, to: 10)
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
