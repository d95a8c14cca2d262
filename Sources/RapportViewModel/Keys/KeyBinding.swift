/// One binding: keys, the command they give, and the words help and hints show for it.
public struct KeyBinding: Hashable, Sendable {
    public let keys: [Key]
    public let command: Command
    public let context: KeyContext
    public let help: String
    /// Short label for hint lines; nil keeps the binding out of them.
    public let hint: String?

    public init(_ keys: [Key], _ command: Command, _ context: KeyContext, _ help: String, hint: String? = nil) {
        self.keys = keys
        self.command = command
        self.context = context
        self.help = help
        self.hint = hint
    }

    /// "j ↓" — how the keys are shown.
    public var keyLabel: String { keys.map(\.displayName).joined(separator: " ") }
}

/// A key and what it does, as a hint line shows it: "Enter keep".
public struct KeyHint: Hashable, Sendable {
    public let keys: String
    public let label: String

    public init(keys: String, label: String) {
        self.keys = keys
        self.label = label
    }

    public var text: String { "\(keys) \(label)" }
}
