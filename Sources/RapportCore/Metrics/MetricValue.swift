/// A figure of some metric: money for revenue, a quantity for everything else.
public enum MetricValue: Hashable, Sendable, CustomStringConvertible {
    case money(Money)
    case quantity(Quantity)

    /// The integer as stored (minor units for money).
    public var stored: Int64 {
        switch self {
        case .money(let money): return money.minorUnits
        case .quantity(let quantity): return quantity.value
        }
    }

    public var compact: String {
        switch self {
        case .money(let money): return money.compact
        case .quantity(let quantity): return quantity.compact
        }
    }

    public var full: String {
        switch self {
        case .money(let money): return money.full
        case .quantity(let quantity): return quantity.full
        }
    }

    public var description: String { full }

    public var isNegative: Bool { stored < 0 }

    /// The same kind of figure with another stored integer.
    public func with(stored value: Int64) -> MetricValue {
        switch self {
        case .money: return .money(Money(minorUnits: value))
        case .quantity: return .quantity(Quantity(value))
        }
    }

    public static func - (lhs: MetricValue, rhs: MetricValue) -> MetricValue { lhs.with(stored: lhs.stored &- rhs.stored) }

    /// This figure as a percentage of `base`, nil when the base is zero.
    public func percent(of base: MetricValue) -> Double? {
        guard base.stored != 0 else { return nil }
        return Double(stored) / Double(base.stored) * 100
    }
}
