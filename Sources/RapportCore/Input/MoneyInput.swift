/// Reads an amount typed into a form: `1,250,000`, `1.2M`, `950k`, `$12,400.50`, `3b`.
///
/// The result is exact integer cents, never a `Double`, so `1.2M` is exactly $1,200,000.00.
/// Negative amounts are refused: every amount a form asks for (ARR, targets) is a size.
public enum MoneyInput {
    /// Amounts from here up are refused as typos: no account's revenue reaches a trillion, and
    /// the cap keeps a book's sums far from overflowing.
    public static let limitMajorUnits: Int64 = 1_000_000_000_000

    public static func parse(_ text: String) -> Result<Money, MoneyInputError> {
        var rest = Substring(text.lowercased()).trimmingWhitespace()
        if rest.isEmpty { return .failure(.empty) }
        // Sign and currency symbol in either order: -$5, $-5, −5 (the typographic minus).
        var negative = false
        while let first = rest.first, first == "-" || first == "−" || first == "$" {
            if first != "$" { negative = true }
            rest = rest.dropFirst().trimmingWhitespace()
        }
        var exponent = 2  // minor units per major unit, as a power of ten
        if let suffix = rest.last, let thousands = suffixes[suffix] {
            exponent += thousands
            rest = rest.dropLast().trimmingWhitespace()
        }
        let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let whole = wholeDigits(pieces[0]) else { return .failure(.notAnAmount) }
        let typedFraction = pieces.count == 2 ? pieces[1] : ""
        guard typedFraction.allSatisfy(isDigit), !(whole.isEmpty && typedFraction.isEmpty) else {
            return .failure(.notAnAmount)
        }
        // Trailing zeros say nothing about precision: 12.500 is 12.50, and 1.250M is whole cents.
        let fraction = Array(typedFraction.reversed().drop { $0 == "0" }.reversed())
        guard fraction.count <= exponent else { return .failure(.finerThanACent) }
        let significant = whole.drop { $0 == "0" }
        // More than 18 digits cannot be an Int64; it is far past the limit anyway.
        guard significant.count <= 18, let wholeValue = Int64(String(significant.isEmpty ? ["0"] : Array(significant)))
        else { return .failure(.tooLarge) }
        let fractionValue = Int64(String(fraction)) ?? 0
        let (scaled, wholeOverflow) = wholeValue.multipliedReportingOverflow(by: power(exponent))
        let (minorUnits, sumOverflow) = scaled.addingReportingOverflow(fractionValue * power(exponent - fraction.count))
        guard !wholeOverflow, !sumOverflow, minorUnits < limitMajorUnits * 100 else { return .failure(.tooLarge) }
        // Checked last so that "-abc" is reported as not an amount rather than as negative.
        if negative && minorUnits > 0 { return .failure(.negative) }
        return .success(Money(minorUnits: minorUnits))
    }

    static let suffixes: [Character: Int] = ["k": 3, "m": 6, "b": 9]

    static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

    /// The digits of the whole part, with thousands separators checked and removed; nil when
    /// the commas are not in groups of three (1,2500 is a typo, not an amount).
    static func wholeDigits(_ text: Substring) -> [Character]? {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ $0.allSatisfy(isDigit) }) else { return nil }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return Array(groups.joined())
    }

    /// 10^exponent for the small exponents used here (at most 11).
    static func power(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { result, _ in result * 10 }
    }
}

/// Why a typed amount was refused; the description is the message shown beside the field.
public enum MoneyInputError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case notAnAmount
    case negative
    /// More decimals than cents can hold (12.345, 1.23456k).
    case finerThanACent
    case tooLarge

    public var description: String {
        switch self {
        case .empty: return "enter an amount like 1,250,000, 1.2M or 950k"
        case .notAnAmount: return "not an amount — use 1,250,000, 1.2M, 950k or $12,400.50"
        case .negative: return "must not be negative"
        case .finerThanACent: return "at most 2 decimals (cents)"
        case .tooLarge: return "too large — amounts stop below 1,000,000,000,000"
        }
    }
}
