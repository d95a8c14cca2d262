import RapportCore

/// What a form field's value must look like: a value rather than a closure, so a form stays
/// `Equatable` and `Sendable` and tests can compare whole states.
public enum FieldRule: Hashable, Sendable {
    /// Anything, including nothing (unless the field is required).
    case none
    /// Anything but blank.
    case required
    /// Something shaped like name@host.tld.
    case email
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// A date as typed ("2026-12-15", "+7d", "fri"), read against today.
    case date
    /// An amount of money ("1.2M", "$12,400.50").
    case money
    /// A month, YYYY-MM.
    case month
    /// A figure of a metric of this kind: money for revenue, a count or score otherwise.
    case metricFigure(MetricKind)
    /// A metric's name: letters, digits, spaces and hyphens, at most 40 characters.
    case metricName

    /// Why `value` breaks the rule, or nil when it keeps it. Blank values pass here: whether
    /// blank is allowed is the field's `isRequired`.
    public func problem(with value: String, today: Day) -> String? {
        guard !value.isEmpty else { return nil }
        switch self {
        case .none, .required:
            return nil
        case .email:
            return Self.looksLikeEmail(value) ? nil : "not an email address"
        case .integer(let range):
            // Int(_:) accepts a leading "+" and refuses overflow, both as wanted.
            guard let number = Int(value), range.contains(number) else {
                return "a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .date:
            if case .failure(let error) = DateInput.parse(value, today: today) { return error.description }
            return nil
        case .money:
            if case .failure(let error) = MoneyInput.parse(value) { return error.description }
            return nil
        case .month:
            return YearMonth(iso: value) == nil ? "'\(TextSafety.typed(String(value.prefix(24))))' is not a month; use 2026-11" : nil
        case .metricFigure(let kind):
            if case .failure(let error) = kind.parse(value) { return error.description }
            return nil
        case .metricName:
            let allowed = value.count <= 40 && value.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }
            return allowed ? nil : "letters, digits, spaces and hyphens, at most 40"
        }
    }

    /// The shape only: one "@", something before it, and a host with a dot inside it and no
    /// empty labels. Whether the mailbox exists is not a form's business.
    static func looksLikeEmail(_ value: String) -> Bool {
        guard !value.contains(where: \.isWhitespace) else { return false }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let host = parts.last, !local.isEmpty else { return false }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
