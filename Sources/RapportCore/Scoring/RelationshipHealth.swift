/// How alive a client relationship is, 0...100, with the parts it is made of so the screen can
/// say why: contact freshness (30), key-role coverage (25), initiative risk (25) and revenue
/// trend (20). A part without data drops out and the others share its weight.
///
/// Like `HealthScore`, the value is computed from numbers only and the parts (with their
/// reasons) are built when asked for: a book of 100,000 accounts computes every value but the
/// detail view shows one account's parts.
public struct RelationshipHealth: Hashable, Sendable {
    /// The same shape as the account health's parts, so one widget can show either.
    public typealias Part = HealthScore.Part

    public let value: Int
    public let inputs: RelationshipInputs
    public let today: Day

    /// The band the account counts in; nil when there is not enough data to score it, so such
    /// an account counts in no band (see `hasEnoughData`).
    public var band: HealthBand? { hasEnoughData ? HealthBand(score: value) : nil }

    /// Whether the score rests on evidence of how the relationship is going: at least one
    /// interaction that reached the client, or revenue to set against the same months a year
    /// before. Without either, every part is scored from an absence ("never contacted", "no
    /// sponsor"), which is how every account looks on the day it is created: that is not enough
    /// data, and the account is shown as "not enough data yet" rather than at risk. Open
    /// initiatives alone are not enough either: their risk is real, but next to a contact part
    /// that only says "nobody was ever contacted" it would still rank a new account at risk
    /// (the initiatives' own flags and counts show their trouble).
    public var hasEnoughData: Bool { inputs.lastInteraction != nil || inputs.revenueYearOverYearPercent != nil }

    /// What the screen says where a band would be.
    public static let notEnoughDataLabel = "not enough data yet"

    /// The cadence freshness is measured against when the account has none set.
    public static let defaultCadenceDays = 30

    /// "A month ago" for the change shown in the detail view: compute again with
    /// `today.adding(days: -comparisonDays)` and the inputs as they stood then.
    public static let comparisonDays = 30

    static let freshnessWeight = 30.0
    static let coverageWeight = 25.0
    static let initiativeWeight = 25.0
    static let revenueWeight = 20.0

    public static func compute(_ inputs: RelationshipInputs, today: Day) -> RelationshipHealth {
        RelationshipHealth(inputs: inputs, today: today)
    }

    init(inputs: RelationshipInputs, today: Day) {
        self.inputs = inputs
        self.today = today
        // Plain sums rather than an array of parts: this runs once per account on every load.
        let cadence = Self.cadence(inputs.cadenceDays)
        var weighted = Self.freshnessWeight * Self.freshnessScore(daysSince: Self.daysSince(inputs.lastInteraction, today), cadence: cadence)
            + Self.coverageWeight * Self.coverageScore(inputs.roles)
        var totalWeight = Self.freshnessWeight + Self.coverageWeight
        if let risk = inputs.initiatives.riskScore {
            weighted += Self.initiativeWeight * risk
            totalWeight += Self.initiativeWeight
        }
        if let trend = inputs.revenueYearOverYearPercent {
            weighted += Self.revenueWeight * HealthScore.revenueTrendScore(trend)
            totalWeight += Self.revenueWeight
        }
        value = min(100, max(0, Int((weighted / totalWeight).rounded())))
    }

    /// Points gained (positive) or lost since `earlier`, usually the score a month ago; nil when
    /// no client contact was on record then. Only contact is replayed for "then" (initiatives and
    /// revenue are taken as they are now), so without a contact then the change would measure
    /// the first interaction being logged, not the relationship: for an account created minutes
    /// ago with a call logged today it read "+38 since a month ago".
    public func change(since earlier: RelationshipHealth) -> Int? {
        guard hasEnoughData, earlier.inputs.lastInteraction != nil else { return nil }
        return value - earlier.value
    }

    public var parts: [Part] {
        let cadence = Self.cadence(inputs.cadenceDays)
        let daysSince = Self.daysSince(inputs.lastInteraction, today)
        var raw: [(name: String, weight: Double, score: Double, reason: String)] = [
            ("Contact freshness", Self.freshnessWeight, Self.freshnessScore(daysSince: daysSince, cadence: cadence),
             Self.freshnessReason(daysSince: daysSince, cadence: cadence, isDefault: (inputs.cadenceDays ?? 0) <= 0)),
            ("Key-role coverage", Self.coverageWeight, Self.coverageScore(inputs.roles), Self.coverageReason(inputs.roles)),
        ]
        if let risk = inputs.initiatives.riskScore {
            raw.append(("Initiative risk", Self.initiativeWeight, risk, inputs.initiatives.riskReason))
        }
        if let trend = inputs.revenueYearOverYearPercent {
            raw.append(("Revenue trend", Self.revenueWeight, HealthScore.revenueTrendScore(trend),
                        "\(HealthScore.signedPercent(trend)) vs last year"))
        }
        let totalWeight = raw.reduce(0) { $0 + $1.weight }
        return raw.map { Part(name: $0.name, weight: $0.weight / totalWeight, score: Int($0.score.rounded()), reason: $0.reason) }
    }

    // MARK: - The parts

    /// The cadence in force: the account's own when it is a sensible number of days, else the
    /// default. The upper clamp keeps `3 × cadence` from overflowing on a corrupt value.
    static func cadence(_ days: Int?) -> Int {
        guard let days, days > 0 else { return defaultCadenceDays }
        return min(days, 10 * 365)
    }

    /// Days since the last interaction; one dated in the future counts as today.
    static func daysSince(_ last: Day?, _ today: Day) -> Int? {
        last.map { max(0, $0.days(until: today)) }
    }

    /// Within the cadence scores 100, then falls linearly to 0 at three times the cadence:
    /// a little late is a nudge, three cycles missed is a relationship gone cold.
    static func freshnessScore(daysSince: Int?, cadence: Int) -> Double {
        guard let daysSince else { return 0 }
        if daysSince <= cadence { return 100 }
        if daysSince >= 3 * cadence { return 0 }
        return 100 * Double(3 * cadence - daysSince) / Double(2 * cadence)
    }

    /// A third for each of sponsor, decision maker and champion.
    static func coverageScore(_ roles: Set<ContactRole>) -> Double {
        let present = ContactRole.key.reduce(0) { $0 + (roles.contains($1) ? 1 : 0) }
        return 100 * Double(present) / Double(ContactRole.key.count)
    }

    static func freshnessReason(daysSince: Int?, cadence: Int, isDefault: Bool) -> String {
        let every = "every \(cadence) days" + (isDefault ? " (default)" : "")
        guard let daysSince else { return "never contacted · \(every)" }
        switch daysSince {
        case 0: return "contacted today · \(every)"
        case 1: return "last contact yesterday · \(every)"
        default: return "last contact \(daysSince) days ago · \(every)"
        }
    }

    /// "no champion", "no sponsor or champion"; all three present reads as a list of them.
    static func coverageReason(_ roles: Set<ContactRole>) -> String {
        let missing = ContactRole.key.filter { !roles.contains($0) }.map(\.label)
        if missing.isEmpty { return "sponsor, decision maker and champion" }
        return "no " + listed(missing, conjunction: "or")
    }

    static func listed(_ items: [String], conjunction: String) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}

/// What relationship health is computed from, for one account as of one day. The caller
/// gathers it (from the store or from records in memory); for "a month ago" it passes what
/// was true then, leaving out interactions logged after that day.
public struct RelationshipInputs: Hashable, Sendable {
    /// The latest interaction that reached the client; nil when there has been none.
    public var lastInteraction: Day?
    /// The account's stay-in-touch cadence; nil when none is set.
    public var cadenceDays: Int?
    /// The roles held by the account's contacts.
    public var roles: Set<ContactRole>
    public var initiatives: InitiativeCounts
    public var revenueYearOverYearPercent: Double?

    public init(
        lastInteraction: Day? = nil, cadenceDays: Int? = nil, roles: Set<ContactRole> = [],
        initiatives: InitiativeCounts = InitiativeCounts(), revenueYearOverYearPercent: Double? = nil
    ) {
        self.lastInteraction = lastInteraction
        self.cadenceDays = cadenceDays
        self.roles = roles
        self.initiatives = initiatives
        self.revenueYearOverYearPercent = revenueYearOverYearPercent
    }

    /// The inputs from one account's records held in memory (tests, small books), as they stood
    /// on `day`: interactions after it, and notes, which never reached the client, are left out.
    public init(
        account: Account, contacts: [Contact], interactions: [Interaction], initiatives: InitiativeCounts,
        revenueYearOverYearPercent: Double?, asOf day: Day
    ) {
        self.init(
            lastInteraction: Self.lastContact(in: interactions, asOf: day), cadenceDays: account.stayInTouchDays,
            roles: Set(contacts.map(\.role)), initiatives: initiatives,
            revenueYearOverYearPercent: revenueYearOverYearPercent)
    }

    /// The day of the latest interaction on or before `day` that reached the client.
    public static func lastContact(in interactions: [Interaction], asOf day: Day) -> Day? {
        interactions.lazy.filter { $0.kind.countsAsContact && $0.date <= day }.map(\.date).max()
    }
}
