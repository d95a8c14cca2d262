/// A count or score that is not money: active users, seats, NPS points. `Money` is for money only.
public struct Quantity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }

    public static let zero = Quantity(0)

    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lhs.value &+ rhs.value) }
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lhs.value &- rhs.value) }
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.value < rhs.value }

    /// "12,400", "1.3M": the same compact shapes as money, without a currency.
    public var compact: String {
        let sign = value < 0 ? "-" : ""
        let magnitude = Double(value.magnitude)
        switch magnitude {
        case 1_000_000_000...: return "\(sign)\(Money.oneDecimal(magnitude / 1_000_000_000))B"
        case 1_000_000...: return "\(sign)\(Money.oneDecimal(magnitude / 1_000_000))M"
        case 10_000...: return "\(sign)\(Int((magnitude / 1000).rounded()))k"
        default: return "\(sign)\(Money.grouped(value.magnitude))"
        }
    }

    /// "12,400"
    public var full: String { (value < 0 ? "-" : "") + Money.grouped(value.magnitude) }

    public var description: String { full }
}
