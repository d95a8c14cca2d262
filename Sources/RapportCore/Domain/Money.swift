/// An amount of money in integer minor units (cents). Never a floating-point amount.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var minorUnits: Int64

    public init(minorUnits: Int64) { self.minorUnits = minorUnits }

    public static func major(_ units: Int64) -> Money { Money(minorUnits: units * 100) }

    public static let zero = Money(minorUnits: 0)

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(minorUnits: lhs.minorUnits &+ rhs.minorUnits)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(minorUnits: lhs.minorUnits &- rhs.minorUnits)
    }

    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }

    /// Ratio of two amounts as a percentage, nil when the base is zero.
    public func percent(of base: Money) -> Double? {
        guard base.minorUnits != 0 else { return nil }
        return Double(minorUnits) / Double(base.minorUnits) * 100
    }

    /// "$1.24M", "$980k", "$12,400": compact enough for a table column.
    public var compact: String {
        let sign = minorUnits < 0 ? "-" : ""
        let major = Double(minorUnits.magnitude) / 100
        switch major {
        case 1_000_000_000...: return "\(sign)$\(Self.oneDecimal(major / 1_000_000_000))B"
        case 1_000_000...: return "\(sign)$\(Self.oneDecimal(major / 1_000_000))M"
        case 10_000...: return "\(sign)$\(Int((major / 1000).rounded()))k"
        default: return "\(sign)$\(Self.grouped(Int64(major.rounded())))"
        }
    }

    /// "$12,400.50"
    public var full: String {
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        let cents = magnitude % 100
        return "\(sign)$\(Self.grouped(Int64(magnitude / 100))).\(cents < 10 ? "0" : "")\(cents)"
    }

    public var description: String { full }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Any integer type, so a magnitude (`UInt64`) is grouped as it is: `Int64.min` has no
    /// `Int64` magnitude.
    static func grouped(_ value: some BinaryInteger) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
