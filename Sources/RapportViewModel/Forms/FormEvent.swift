/// What a key did to a form, for whoever shows it.
public enum FormEvent: Hashable, Sendable {
    /// The form used the key: a value, the focus or a message may have changed.
    case edited
    /// Enter: the caller validates and saves.
    case submit
    /// Esc: the caller closes the form and saves nothing.
    case cancel
    /// The form has no use for the key.
    case ignored
}
