/// A progress or status change this window just recorded, which a note can be added to.
public struct NoteableChange: Hashable, Sendable {
    /// The `progress_update` row the note goes on.
    public var updateID: Int64
    public var initiativeTitle: String
    public var accountID: Int64
    /// What the change log called it: "Portal progress 40% → 45%".
    public var description: String

    public init(updateID: Int64, initiativeTitle: String, accountID: Int64, description: String) {
        self.updateID = updateID
        self.initiativeTitle = initiativeTitle
        self.accountID = accountID
        self.description = description
    }
}
