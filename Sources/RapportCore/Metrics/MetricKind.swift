/// What a metric measures, and so how its stored integers read, how they are typed and how
/// months aggregate into a period.
public enum MetricKind: String, CaseIterable, Hashable, Sendable {
    /// Money in minor units; months add up.
    case revenue
    /// Whole units (active users, seats, tickets); a period is its average level.
    case count
    /// Points that may be negative (NPS, CSAT); a period is its average.
    case score

    /// Revenue is "revenue"; any other metric counts something unless it says it is a score.
    public static func of(metric name: String) -> MetricKind {
        if name == MetricPoint.revenue { return .revenue }
        return scoreNames.contains(name) ? .score : .count
    }

    /// Names that conventionally mean a score, so they average and may go below zero.
    static let scoreNames: Set<String> = ["nps", "csat", "ces", "score", "satisfaction"]

    public var aggregation: MetricAggregation { self == .revenue ? .sum : .average }

    /// Stored units per whole unit: revenue is kept in cents.
    public var unitsPerWhole: Int64 { self == .revenue ? 100 : 1 }

    /// The value of a stored integer.
    public func value(_ stored: Int64) -> MetricValue {
        self == .revenue ? .money(Money(minorUnits: stored)) : .quantity(Quantity(stored))
    }

    /// Reads a typed figure into its stored integer: revenue as money (`1.2M`, `$100,000`),
    /// counts and scores as whole numbers with the same separators and suffixes (`12k`).
    public func parse(_ typed: String) -> Result<Int64, MetricInputError> {
        switch self {
        case .revenue:
            switch MoneyInput.parse(typed) {
            case .success(let money): return .success(money.minorUnits)
            case .failure(let error): return .failure(.money(error))
            }
        case .count, .score:
            switch QuantityInput.parse(typed, allowsNegative: self == .score) {
            case .success(let quantity): return .success(quantity.value)
            case .failure(let error): return .failure(.quantity(error))
            }
        }
    }
}

/// Why a typed metric figure was refused.
public enum MetricInputError: Error, Hashable, Sendable, CustomStringConvertible {
    case money(MoneyInputError)
    case quantity(QuantityInputError)

    public var description: String {
        switch self {
        case .money(let error): return error.description
        case .quantity(let error): return error.description
        }
    }
}
