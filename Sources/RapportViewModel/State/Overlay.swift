import RapportCore

/// What is drawn over the screen and takes the keys.
public enum Overlay: Equatable, Sendable {
    case help
    case form(FormSession)
    case confirm(Confirmation)
    /// A contact, interaction or initiative shown whole.
    case reading(RecordReading)
    /// `:import`'s dry run, before `y` writes it.
    case importReview(ImportReview)
    /// What changed across the book since a day.
    case changes(ChangesView)
    /// A report (`R`) or a stakeholder update (`U`) read before it is written.
    case preview(DocumentPreview)
}

/// A yes/no question before something is deleted, naming what goes with it.
public struct Confirmation: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case deleteAccount(Account)
        case deleteContact(Contact)
        case deleteInitiative(Initiative)
        case deleteInteraction(Interaction)
        case deleteOpportunity(Opportunity)
        /// Moving an initiative short of 100% to done: yes sets 100% as well, no changes nothing.
        case completeInitiative(Initiative)
    }

    public var question: String
    public var action: Action

    public init(question: String, action: Action) {
        self.question = question
        self.action = action
    }
}

/// Notes to open in $EDITOR, and whose they are.
public struct EditorRequest: Hashable, Sendable {
    /// The account as it was when the editor opened: the save compares against it.
    public let account: Account
    /// Shown in the status bar while the editor runs, and used to name the temporary file.
    public var title: String { account.name }
    public var text: String { account.notes }

    public init(account: Account) { self.account = account }
}
