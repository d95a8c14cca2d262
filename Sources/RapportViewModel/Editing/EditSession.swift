import RapportCore

/// A form open over the screen, and what saving it will do.
public struct EditSession: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case newAccount
        case editAccount(Account)
        case newContact(accountID: Int64)
        case editContact(Contact)
        case newInitiative(accountID: Int64)
        case editInitiative(Initiative)
        case logInteraction(accountID: Int64, contacts: [Contact])
        case editInteraction(Interaction, contacts: [Contact])
        case newOpportunity(accountID: Int64)
        /// One month of one metric (revenue, or one the user names: units, usage, NPS...).
        case recordMetric(accountID: Int64)
        case editOpportunity(Opportunity)
        /// Deleting the main point of contact: the form asks who takes over.
        case replaceMainContact(Contact, candidates: [Contact])
    }

    public var purpose: Purpose
    public var form: FormState

    public init(purpose: Purpose, form: FormState) {
        self.purpose = purpose
        self.form = form
    }
}

/// A yes/no question before something is deleted, naming what goes with it.
public struct Confirmation: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case deleteAccount(Account)
        case deleteContact(Contact)
        case deleteInitiative(Initiative)
        case deleteInteraction(Interaction)
        case deleteOpportunity(Opportunity)
    }

    public var question: String
    public var action: Action

    public init(question: String, action: Action) {
        self.question = question
        self.action = action
    }
}
