/// What a key did to a text field, so the form knows whether to pass it on and what to say.
public enum TextFieldEdit: Hashable, Sendable {
    /// The key moved the cursor or changed the text.
    case applied
    /// The key was text, but the field is full: nothing was inserted.
    case refusedTooLong
    /// The key means nothing to a text field (Tab, Enter, Esc, ↑, ...).
    case ignored

    /// Whether the field used the key; a refused insert still counts, so a full field does
    /// not leak letters to the key bindings around it.
    public var isConsumed: Bool { self != .ignored }
}
