import Foundation

/// The `:` command line while it is open: the text being typed, what Tab offered, and where
/// ↑/↓ are in the history.
public struct CommandPrompt: Equatable, Sendable {
    public var field: TextFieldState
    /// Tab's candidates when more than one matched, shown above the line until the next edit.
    public var candidates: [String]
    /// The history entry shown (0 is the most recent); nil while the line is the user's own.
    public var historyIndex: Int?
    /// What was typed before ↑ replaced it, for ↓ to bring back.
    public var draft: String
    /// Tab found nothing to offer for what is typed.
    public var noMatch: Bool

    public init(_ text: String = "") {
        field = TextFieldState(text, maxLength: 200)
        candidates = []
        historyIndex = nil
        draft = ""
        noMatch = false
    }

    /// The line replaced whole (by Tab or the history), the cursor at its end.
    mutating func replaceText(_ text: String) {
        field = TextFieldState(text, maxLength: field.maxLength)
        candidates = []
        noMatch = false
    }

    /// The command word and the rest of the line (its argument), without the spaces around it.
    public var parts: (word: String, argument: String, hasArgument: Bool) {
        let text = field.text.drop { $0 == " " }
        guard let space = text.firstIndex(of: " ") else { return (String(text), "", false) }
        let argument = text[text.index(after: space)...].drop { $0 == " " }
        return (String(text[..<space]), String(argument).trimmingCharacters(in: .whitespaces), true)
    }

    public var text: String { field.text }
}
