/// Reads a count or score typed into a form: `1200`, `1,200`, `12k`, `1.5M`, and for scores `-12`.
///
/// The same thousands separators and suffixes as `MoneyInput`, so every amount field takes the
/// same shapes; the result is a whole number, exact, never through `Double`.
public enum QuantityInput {
    public static func parse(_ text: String, allowsNegative: Bool = false) -> Result<Quantity, QuantityInputError> {
        var rest = Substring(text.lowercased()).trimmingWhitespace()
        if rest.isEmpty { return .failure(.empty) }
        var negative = false
        if let first = rest.first, first == "-" || first == "−" {
            negative = true
            rest = rest.dropFirst().trimmingWhitespace()
        } else if rest.first == "+" {
            rest = rest.dropFirst().trimmingWhitespace()
        }
        // Reuse money's reading (cents exact) and insist the result is whole: "1.5k" is 1500,
        // "1.5" is not a count.
        guard !rest.contains("$") else { return .failure(.notANumber) }
        switch MoneyInput.parse(String(rest)) {
        case .failure(.tooLarge): return .failure(.tooLarge)
        case .failure: return .failure(.notANumber)
        case .success(let money):
            guard money.minorUnits % 100 == 0 else { return .failure(.notWhole) }
            let whole = money.minorUnits / 100
            if negative && whole > 0 && !allowsNegative { return .failure(.negative) }
            return .success(Quantity(negative ? -whole : whole))
        }
    }
}

public enum QuantityInputError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case notANumber
    case notWhole
    case negative
    case tooLarge

    public var description: String {
        switch self {
        case .empty: return "no number given — use 1200, 1,200 or 12k"
        case .notANumber: return "not a number — use 1200, 1,200 or 12k"
        case .notWhole: return "a whole number, like 1200 or 1.5k"
        case .negative: return "cannot be negative"
        case .tooLarge: return "too large"
        }
    }
}
