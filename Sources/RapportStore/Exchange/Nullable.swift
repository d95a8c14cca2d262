/// A value a book file always names, as `null` when there is none.
///
/// Swift's synthesised `Codable` leaves a nil optional out of the JSON altogether, so a reader
/// could not tell "no renewal date" from a field the writer forgot; a book file states every
/// field, and a restore refuses one that is missing (`accounts[3].renewal_date`).
public struct Nullable<Wrapped: Codable & Hashable & Sendable>: Codable, Hashable, Sendable, ExpressibleByNilLiteral {
    public var value: Wrapped?

    public init(_ value: Wrapped?) { self.value = value }

    public init(nilLiteral: ()) { value = nil }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = container.decodeNil() ? nil : try container.decode(Wrapped.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
