/// The checks a form runs on each field before anything is saved.
///
/// Each validator returns nil when the text is acceptable, or the short message shown beside
/// the field. Surrounding whitespace is ignored (forms store `trimmed(_:)`), and an empty
/// optional field is valid: `required: true` makes it say "required" instead. Combine checks
/// with `first(_:)`, which reports the first problem only, as one line beside a field can.
public enum FieldValidation {
    /// Names, titles and other one-line fields.
    public static let shortTextLimit = 200
    /// Notes, summaries and next steps.
    public static let longTextLimit = 5_000
    public static let influenceRange = 1...5
    public static let cadenceRange = 1...365

    public static func trimmed(_ text: String) -> String { String(Substring(text).trimmingWhitespace()) }

    public static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    public static func required(_ text: String) -> String? {
        isBlank(text) ? "required" : nil
    }

    /// Counts what the user sees (grapheme clusters), and stops counting just past the limit so
    /// a pasted megabyte costs no more than a name.
    public static func maxLength(_ text: String, limit: Int) -> String? {
        // Every character is at least one UTF-8 byte, so a short byte count settles it at once.
        if text.utf8.count <= limit { return nil }
        return text.prefix(limit + 1).count > limit ? "at most \(limit) characters" : nil
    }

    /// A plausible address: one @, something before it, a dotted domain after it, no spaces.
    /// Deliverability is not knowable offline; this only catches typing mistakes.
    public static func email(_ text: String, required: Bool = false) -> String? {
        let value = Substring(text).trimmingWhitespace()
        if value.isEmpty { return required ? "required" : nil }
        if value.unicodeScalars.contains(where: { $0.properties.isWhitespace || isInvisible($0) }) {
            return "no spaces in an email address"
        }
        let halves = value.split(separator: "@", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return "one @, as in name@example.com" }
        guard !halves[0].isEmpty else { return "a name before the @, as in name@example.com" }
        let labels = halves[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else {
            return "a domain after the @, as in name@example.com"
        }
        return nil
    }

    /// A whole number within `range`; the message names the range ("a whole number 1–5").
    public static func integer(_ text: String, in range: ClosedRange<Int>, required: Bool = false) -> String? {
        if isBlank(text) { return required ? "required" : nil }
        return integerValue(text, in: range) == nil ? "a whole number \(range.lowerBound)–\(range.upperBound)" : nil
    }

    /// The number `integer(_:in:)` accepted; nil when blank or invalid.
    public static func integerValue(_ text: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = Int(trimmed(text)), range.contains(value) else { return nil }
        return value
    }

    /// A stay-in-touch cadence: a number of days, 1 to 365.
    public static func cadenceDays(_ text: String, required: Bool = false) -> String? {
        if isBlank(text) { return required ? "required" : nil }
        return integerValue(text, in: cadenceRange) == nil
            ? "a number of days, \(cadenceRange.lowerBound)–\(cadenceRange.upperBound)" : nil
    }

    /// An amount as `MoneyInput` reads it; read the value with `MoneyInput.parse`.
    public static func money(_ text: String, required: Bool = false) -> String? {
        if isBlank(text) { return required ? "required" : nil }
        if case .failure(let error) = MoneyInput.parse(text) { return error.description }
        return nil
    }

    /// A date as `DateInput` reads it; read the value with `DateInput.parse`.
    public static func date(_ text: String, today: Day, required: Bool = false) -> String? {
        if isBlank(text) { return required ? "required" : nil }
        if case .failure(let error) = DateInput.parse(text, today: today) { return error.description }
        return nil
    }

    /// The first problem among several checks of one field.
    public static func first(_ messages: String?...) -> String? {
        messages.lazy.compactMap { $0 }.first
    }

    /// Characters that would make two equal-looking addresses differ.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        TextInputSanitizer.isDropped(scalar) || TextInputSanitizer.isBreak(scalar)
    }
}
