/// One labelled value in a form, named by its form's field enum.
public struct FormField<ID: Hashable & Sendable>: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text(TextFieldState)
        /// One of `options`; ←/→ and Space step through them.
        case choice(options: [String], selected: Int)
        /// On or off; Space flips it.
        case toggle(Bool)
    }

    public let id: ID
    public var label: String
    public var kind: Kind
    public let rule: FieldRule
    /// Blank is not allowed. Always true for `.required`.
    public let isRequired: Bool
    /// Shown beside the field until the field is edited or validated again.
    public var error: String?
    /// `value` as the form opened: a field still showing it was not edited.
    public let initialValue: String

    public init(id: ID, label: String, kind: Kind, rule: FieldRule = .none, isRequired: Bool = false) {
        self.id = id
        self.label = label
        if case .choice(let options, let selected) = kind {
            // An index from stored data may point past a list that has since shrunk.
            self.kind = .choice(options: options, selected: min(max(0, selected), max(0, options.count - 1)))
        } else {
            self.kind = kind
        }
        self.rule = rule
        self.isRequired = isRequired || rule == .required
        self.error = nil
        initialValue = Self.value(of: self.kind)
    }

    /// The value as it is saved: text without surrounding spaces (a paste often ends in a line
    /// break), the chosen option, or "yes"/"no".
    public var value: String { Self.value(of: kind) }

    private static func value(of kind: Kind) -> String {
        switch kind {
        case .text(let field):
            return field.text.trimmingWhitespace
        case .choice(let options, let selected):
            return options.indices.contains(selected) ? options[selected] : ""
        case .toggle(let isOn):
            return isOn ? "yes" : "no"
        }
    }

    public var isEmpty: Bool {
        if case .text(let field) = kind { return field.text.trimmingWhitespace.isEmpty }
        return false
    }
}

extension String {
    /// Leading and trailing whitespace removed, without Foundation.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
