/// One labelled value in a form.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text(TextFieldState)
        /// One of `options`; ←/→ and Space step through them.
        case choice(options: [String], selected: Int)
        /// On or off; Space flips it.
        case toggle(Bool)
    }

    /// How the caller finds the field again; unique within a form.
    public let id: String
    public var label: String
    public var kind: Kind
    /// Fixed with `isRequired`, which `.required` implies.
    public let rule: FieldRule
    /// Blank is not allowed (a toggle must be on). Always true for `.required`.
    public let isRequired: Bool
    /// Shown beside the field until the field is edited or validated again.
    public var error: String?

    public init(id: String, label: String, kind: Kind, rule: FieldRule = .none, isRequired: Bool = false) {
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
    }

    /// The value as the caller saves it: text without surrounding spaces (a paste often ends
    /// in a line break), the chosen option, or "yes"/"no".
    public var value: String {
        switch kind {
        case .text(let field):
            return field.text.trimmingWhitespace
        case .choice(let options, let selected):
            return options.indices.contains(selected) ? options[selected] : ""
        case .toggle(let isOn):
            return isOn ? "yes" : "no"
        }
    }

    /// The message the built-in rules give the current value, or nil when it passes them.
    public var problem: String? {
        let value = self.value
        if isRequired {
            switch kind {
            case .text, .choice:
                if value.isEmpty { return "required" }
            case .toggle(let isOn):
                if !isOn { return "required" }
            }
        }
        return rule.problem(with: value)
    }
}
