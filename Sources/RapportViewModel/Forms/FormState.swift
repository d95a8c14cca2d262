import RapportCore

/// A form as a value: a title, fields in order, and which one has the focus.
///
/// The form turns keys into edits and tells its owner about Enter and Esc; it never saves.
/// `validate(today:)` checks every field against its rule and marks the ones that break it.
public struct FormState<ID: Hashable & Sendable>: Equatable, Sendable {
    public var title: String
    public private(set) var fields: [FormField<ID>]
    /// Always a valid index while there are fields.
    public private(set) var focusedIndex: Int

    public init(title: String, fields: [FormField<ID>], focusedIndex: Int = 0) {
        self.title = title
        self.fields = fields
        self.focusedIndex = min(max(0, focusedIndex), max(0, fields.count - 1))
    }

    public var focusedField: FormField<ID>? {
        fields.indices.contains(focusedIndex) ? fields[focusedIndex] : nil
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    // MARK: Focus

    /// Tab: the next field, from the last back to the first.
    public mutating func focusNext() {
        guard !fields.isEmpty else { return }
        focusedIndex = (focusedIndex + 1) % fields.count
    }

    /// Shift-Tab: the previous field, from the first round to the last.
    public mutating func focusPrevious() {
        guard !fields.isEmpty else { return }
        focusedIndex = (focusedIndex + fields.count - 1) % fields.count
    }

    @discardableResult
    public mutating func focus(_ id: ID) -> Bool {
        guard let index = index(of: id) else { return false }
        focusedIndex = index
        return true
    }

    // MARK: Keys

    /// Tab/Shift-Tab and ↑/↓ move between fields; Enter and Esc go to the caller; anything else
    /// goes to the focused field.
    public mutating func apply(_ key: Key) -> FormEvent {
        switch key {
        case .enter: return .submit
        case .escape: return .cancel
        case .tab, .down:
            focusNext()
            return fields.isEmpty ? .ignored : .edited
        case .backTab, .up:
            focusPrevious()
            return fields.isEmpty ? .ignored : .edited
        default:
            guard fields.indices.contains(focusedIndex) else { return .ignored }
            return applyToFocusedField(key)
        }
    }

    private mutating func applyToFocusedField(_ key: Key) -> FormEvent {
        var field = fields[focusedIndex]
        defer { fields[focusedIndex] = field }
        switch field.kind {
        case .text(var text):
            let before = text.text
            let edit = text.apply(key)
            field.kind = .text(text)
            switch edit {
            case .ignored:
                return .ignored
            case .refusedTooLong:
                let unit = text.maxLength == 1 ? "character" : "characters"
                field.error = "at most \(text.maxLength) \(unit)"
            case .applied:
                // The old message was about the old value; a cursor move leaves it standing.
                if text.text != before { field.error = nil }
            }
            return .edited
        case .choice(let options, let selected):
            let step: Int
            switch key {
            case .left, .shiftLeft: step = -1
            case .right, .shiftRight, .char(" "): step = 1
            default: return .ignored
            }
            guard !options.isEmpty else { return .edited }
            field.kind = .choice(options: options, selected: (selected + step + options.count) % options.count)
            field.error = nil
            return .edited
        case .toggle(let isOn):
            guard key == .char(" ") else { return .ignored }
            field.kind = .toggle(!isOn)
            field.error = nil
            return .edited
        }
    }

    // MARK: Values

    /// The field's value as it is saved; "" for a field the form does not have.
    public func value(_ id: ID) -> String { field(id)?.value ?? "" }

    /// What saving stores for a text field that opened with `stored` (nil for a new record):
    /// the field's value when it was edited, else `stored` itself. A form shows stored text through the text policy
    /// (an escape sequence dropped whole, bidi controls dropped, the ends trimmed), so saving
    /// that copy over a field nobody touched would lose what another program put there.
    public func text(_ id: ID, keeping stored: String?) -> String {
        guard let stored, let field = field(id), field.value == field.initialValue else { return value(id) }
        return stored
    }

    /// The chosen option's index; 0 for a field that is not a choice.
    public func choice(_ id: ID) -> Int {
        guard case .choice(_, let selected) = field(id)?.kind else { return 0 }
        return selected
    }

    public func isOn(_ id: ID) -> Bool {
        guard case .toggle(let isOn) = field(id)?.kind else { return false }
        return isOn
    }

    public func field(_ id: ID) -> FormField<ID>? { index(of: id).map { fields[$0] } }

    public func error(for id: ID) -> String? { field(id)?.error }

    /// The date typed into `id`, read against `today`; nil when blank (the rule has said so when invalid).
    public func day(_ id: ID, today: Day) -> Day? {
        let value = value(id)
        guard !value.isEmpty, case .success(let day) = DateInput.parse(value, today: today) else { return nil }
        return day
    }

    public func integer(_ id: ID) -> Int? { Int(value(id)) }

    // MARK: Errors

    /// Shows `message` beside field `id` (nil clears it).
    public mutating func setError(_ message: String?, for id: ID) {
        guard let index = index(of: id) else { return }
        fields[index].error = message
    }

    /// Checks every field against its rule, sets or clears each field's message, and focuses
    /// the first field in error. True when all passed.
    @discardableResult
    public mutating func validate(today: Day) -> Bool {
        for index in fields.indices {
            let field = fields[index]
            var problem: String?
            if field.isRequired {
                switch field.kind {
                case .text, .choice: if field.value.isEmpty { problem = "required" }
                case .toggle(let isOn): if !isOn { problem = "required" }
                }
            }
            fields[index].error = problem ?? field.rule.problem(with: field.value, today: today)
        }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focusedIndex = first }
        return !hasErrors
    }

    private func index(of id: ID) -> Int? { fields.firstIndex { $0.id == id } }
}

extension FormState {
    static func text(
        _ id: ID, _ label: String, _ value: String, rule: FieldRule = .none, required: Bool = false, limit: Int = FormLimits.shortText
    ) -> FormField<ID> {
        FormField(id: id, label: label, kind: .text(TextFieldState(value, maxLength: limit)), rule: rule, isRequired: required)
    }

    static func choice(_ id: ID, _ label: String, _ options: [String], selected: Int) -> FormField<ID> {
        FormField(id: id, label: label, kind: .choice(options: options, selected: max(0, min(selected, options.count - 1))))
    }

    static func toggle(_ id: ID, _ label: String, _ isOn: Bool) -> FormField<ID> {
        FormField(id: id, label: label, kind: .toggle(isOn))
    }
}

/// How long typed text may be.
public enum FormLimits {
    /// Names, titles and other one-line fields.
    public static let shortText = 200
    /// Notes, summaries and next steps.
    public static let longText = 5_000
    public static let cadenceDays = 1...365
}
