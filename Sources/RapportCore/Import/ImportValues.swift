import Foundation

/// Why one cell's value was refused: what is wrong and what was expected.
public struct ValueProblem: Error, Hashable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// The rules for one imported value, the same as the forms': text cleaned by the text policy
/// and kept to the forms' lengths, cadences of 1–365 days, emails with one @ and a dotted host.
public enum ImportValues {
    public static let shortTextLimit = 200
    public static let longTextLimit = 5_000
    public static let cadenceDays = 1...365

    /// One-line text as it may be stored; nil for a blank cell.
    public static func text(_ raw: String, limit: Int = shortTextLimit) throws -> String? {
        let cleaned = String(Substring(TextSafety.typed(withoutFormulaGuard(raw))).trimmingWhitespace())
        if cleaned.isEmpty { return nil }
        guard cleaned.count <= limit else { throw ValueProblem("longer than \(limit) characters — expected a short value") }
        return cleaned
    }

    public static func notes(_ raw: String) throws -> String? {
        let cleaned = TextSafety.typedLines(withoutFormulaGuard(raw)).trimmingCharacters(in: .whitespacesAndNewlines)
        if cleaned.isEmpty { return nil }
        guard cleaned.count <= longTextLimit else { throw ValueProblem("longer than \(longTextLimit) characters") }
        return cleaned
    }

    /// The value without the `'` an export puts before a cell a spreadsheet would run as a
    /// formula (`'+1 555 0100`, `'=SUM(A1)`; see `CSVText.neutralised`).
    public static func withoutFormulaGuard(_ raw: String) -> String {
        guard raw.hasPrefix("'"), let second = raw.unicodeScalars.dropFirst().first, CSVText.formulaStarts.contains(second) else { return raw }
        return String(raw.dropFirst())
    }

    public static func email(_ value: String) -> Bool {
        guard !value.contains(where: \.isWhitespace) else { return false }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return true
    }

    /// "jane@Acme.com" → "acme.com".
    public static func domain(ofEmail email: String) -> String? {
        guard let at = email.lastIndex(of: "@") else { return nil }
        let host = email[email.index(after: at)...].lowercased()
        return host.isEmpty ? nil : host
    }

    /// "https://www.acme.com/about" or "acme.com" → "acme.com".
    public static func domain(ofWebsite text: String) -> String? {
        var host = Substring(text.lowercased()).trimmingWhitespace()
        if let scheme = host.range(of: "://") { host = host[scheme.upperBound...] }
        if let slash = host.firstIndex(of: "/") { host = host[..<slash] }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        return host.contains(".") ? String(host) : nil
    }

    public static func tier(_ text: String) -> AccountTier? {
        let key = ColumnMapping.fold(text)
        return AccountTier.allCases.first { ColumnMapping.fold($0.rawValue) == key || ColumnMapping.fold($0.label) == key }
            ?? ["smallbusiness": .smallBusiness, "midmarket": .midMarket, "mid": .midMarket, "ent": .enterprise][key]
    }

    public static func role(_ text: String) -> ContactRole? {
        let key = ColumnMapping.fold(text)
        return ContactRole.allCases.first { ColumnMapping.fold($0.rawValue) == key || ColumnMapping.fold($0.label) == key }
    }

    public static func sentiment(_ text: String) -> ContactSentiment? {
        let key = ColumnMapping.fold(text)
        return ContactSentiment.allCases.first { $0.rawValue == key } ?? ["positive": .friendly, "negative": .critical][key]
    }

    public static func yesNo(_ text: String) -> Bool? {
        switch ColumnMapping.fold(text) {
        case "yes", "y", "true", "1", "x", "main", "primary": return true
        case "no", "n", "false", "0": return false
        default: return nil
        }
    }
}
