/// A form as a value: a title, fields in order, and which one has the focus.
///
/// The form turns keys into edits and tells its owner about Enter and Esc; it never saves.
/// Built-in rules are checked by `validate()`; dates and custom rules need the calendar or the
/// store, so the caller checks them and reports with `setError(_:for:)`.
public struct FormState: Equatable, Sendable {
    public var title: String
    public private(set) var fields: [FormField]
    /// Always a valid index while there are fields.
    public private(set) var focusedIndex: Int

    public init(title: String, fields: [FormField], focusedIndex: Int = 0) {
        self.title = title
        self.fields = fields
        self.focusedIndex = min(max(0, focusedIndex), max(0, fields.count - 1))
    }

    public var focusedField: FormField? {
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

    /// Focuses the field `id`; false when there is none.
    @discardableResult
    public mutating func focus(_ id: String) -> Bool {
        guard let index = index(of: id) else { return false }
        focusedIndex = index
        return true
    }

    /// Moves the focus to the first field with an error, so a refused save lands where the
    /// fixing starts.
    public mutating func focusFirstError() {
        if let index = fields.firstIndex(where: { $0.error != nil }) { focusedIndex = index }
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

    /// The field's value as it should be saved (see `FormField.value`); "" for an unknown id.
    public func value(_ id: String) -> String {
        field(id)?.value ?? ""
    }

    /// The chosen option's index; 0 for an unknown id or a field that is not a choice.
    public func choice(_ id: String) -> Int {
        guard case .choice(_, let selected) = field(id)?.kind else { return 0 }
        return selected
    }

    /// Whether a toggle is on; false for an unknown id or a field that is not a toggle.
    public func isOn(_ id: String) -> Bool {
        guard case .toggle(let isOn) = field(id)?.kind else { return false }
        return isOn
    }

    public func field(_ id: String) -> FormField? {
        index(of: id).map { fields[$0] }
    }

    public func error(for id: String) -> String? {
        field(id)?.error
    }

    // MARK: Errors

    /// Shows `message` beside field `id` (nil clears it); an unknown id changes nothing.
    public mutating func setError(_ message: String?, for id: String) {
        guard let index = index(of: id) else { return }
        fields[index].error = message
    }

    /// Checks every field against `isRequired` and the built-in rules, sets or clears each
    /// field's message, and focuses the first field in error. True when all passed.
    ///
    /// Call it before checking dates and custom rules: it clears every message, theirs too,
    /// so a message fixed since the last save does not linger.
    @discardableResult
    public mutating func validate() -> Bool {
        for index in fields.indices {
            fields[index].error = fields[index].problem
        }
        focusFirstError()
        return !hasErrors
    }

    private func index(of id: String) -> Int? {
        fields.firstIndex { $0.id == id }
    }
}
