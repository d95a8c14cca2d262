/// A piece of an account's text that `/` also searches: a contact, the notes, an interaction.
public struct SearchDocument: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case contact
        case notes
        case timeline
    }

    public let accountID: Int64
    public let kind: Kind
    /// What is searched.
    public let text: String
    /// What the result shows as the place it matched ("contact Ada Lovelace").
    public let label: String

    public init(accountID: Int64, kind: Kind, text: String, label: String) {
        self.accountID = accountID
        self.kind = kind
        self.text = text
        self.label = label
    }
}
