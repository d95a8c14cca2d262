/// What a form field's value must look like. A value rather than a closure, so a form stays
/// `Equatable` and `Sendable` and tests can compare whole states.
public enum FieldRule: Hashable, Sendable {
    /// Anything, including nothing (unless the field `isRequired`).
    case none
    /// Anything but blank.
    case required
    /// Something shaped like name@host.tld.
    case email
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// A date as typed ("2026-12-15", "+7d", "fri"); read against today by the caller, who
    /// knows the calendar, and reported with `FormState.setError(_:for:)`.
    case date
    /// Checked by the caller, which recognises it by `id`.
    case custom(id: String)

    /// Why `value` breaks the rule, or nil when it keeps it (or the rule is the caller's).
    /// Blank values pass here: whether blank is allowed is the field's `isRequired`.
    public func problem(with value: String) -> String? {
        guard !value.isEmpty else { return nil }
        switch self {
        case .none, .required, .date, .custom:
            return nil
        case .email:
            return Self.looksLikeEmail(value) ? nil : "not an email address"
        case .integer(let range):
            let message = "a whole number from \(range.lowerBound) to \(range.upperBound)"
            // Int(_:) accepts a leading "+" and refuses overflow, both as wanted.
            guard let number = Int(value), range.contains(number) else { return message }
            return nil
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
