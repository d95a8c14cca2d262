import RapportCore
import RapportStore

/// The form on screen, of whichever kind.
public enum OpenForm: Equatable, Sendable {
    case account(AccountForm)
    case contact(ContactForm)
    case initiative(InitiativeForm)
    case interaction(InteractionForm)
    case opportunity(OpportunityForm)
    case metricMonth(MetricMonthForm)
    case successor(SuccessorForm)
    case changeNote(ChangeNoteForm)
    case milestone(MilestoneForm)
    case stakeholders(StakeholderForm)

    public var title: String {
        switch self {
        case .account(let form): return form.state.title
        case .contact(let form): return form.state.title
        case .initiative(let form): return form.state.title
        case .interaction(let form): return form.state.title
        case .opportunity(let form): return form.state.title
        case .metricMonth(let form): return form.state.title
        case .successor(let form): return form.state.title
        case .changeNote(let form): return form.state.title
        case .milestone(let form): return form.state.title
        case .stakeholders(let form): return form.state.title
        }
    }

    /// Deleting the main contact: its save is a removal ("Deleted ...", undoable).
    var isDeletion: Bool {
        if case .successor = self { return true }
        return false
    }

    mutating func apply(_ key: Key) -> FormEvent {
        switch self {
        case .account(var form): defer { self = .account(form) }; return form.state.apply(key)
        case .contact(var form): defer { self = .contact(form) }; return form.state.apply(key)
        case .initiative(var form): defer { self = .initiative(form) }; return form.state.apply(key)
        case .interaction(var form): defer { self = .interaction(form) }; return form.state.apply(key)
        case .opportunity(var form): defer { self = .opportunity(form) }; return form.state.apply(key)
        case .metricMonth(var form): defer { self = .metricMonth(form) }; return form.state.apply(key)
        case .successor(var form): defer { self = .successor(form) }; return form.state.apply(key)
        case .changeNote(var form): defer { self = .changeNote(form) }; return form.state.apply(key)
        case .milestone(var form): defer { self = .milestone(form) }; return form.state.apply(key)
        case .stakeholders(var form): defer { self = .stakeholders(form) }; return form.state.apply(key)
        }
    }

    mutating func validate(today: Day) -> Bool {
        switch self {
        case .account(var form): defer { self = .account(form) }; return form.validate(today: today)
        case .contact(var form): defer { self = .contact(form) }; return form.validate(today: today)
        case .initiative(var form): defer { self = .initiative(form) }; return form.validate(today: today)
        case .interaction(var form): defer { self = .interaction(form) }; return form.validate(today: today)
        case .opportunity(var form): defer { self = .opportunity(form) }; return form.validate(today: today)
        case .metricMonth(var form): defer { self = .metricMonth(form) }; return form.validate(today: today)
        case .successor(var form): defer { self = .successor(form) }; return form.validate(today: today)
        case .changeNote(var form): defer { self = .changeNote(form) }; return form.validate(today: today)
        case .milestone(var form): defer { self = .milestone(form) }; return form.validate(today: today)
        case .stakeholders(var form): defer { self = .stakeholders(form) }; return form.validate(today: today)
        }
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        switch self {
        case .account(let form): return form.intent(today: today, overwriting: overwriting)
        case .contact(let form): return form.intent(today: today, overwriting: overwriting)
        case .initiative(let form): return form.intent(today: today, overwriting: overwriting)
        case .interaction(let form): return form.intent(today: today, overwriting: overwriting)
        case .opportunity(let form): return form.intent(today: today, overwriting: overwriting)
        case .metricMonth(let form): return form.intent(today: today, overwriting: overwriting)
        case .successor(let form): return form.intent(today: today, overwriting: overwriting)
        case .changeNote(let form): return form.intent(today: today, overwriting: overwriting)
        case .milestone(let form): return form.intent(today: today, overwriting: overwriting)
        case .stakeholders(let form): return form.intent(today: today, overwriting: overwriting)
        }
    }

    /// The same form opened afresh on the record as stored now ("reload" after a conflict).
    func reopened(on stored: StoredRecordValue) -> OpenForm {
        switch (self, stored) {
        case (.account, .account(let account)):
            return .account(AccountForm(editing: account))
        case (.contact(let form), .contact(let contact)):
            return .contact(ContactForm(editing: contact, accountID: form.accountID, others: form.others))
        case (.initiative(let form), .initiative(let initiative)):
            return .initiative(InitiativeForm(editing: initiative, accountID: form.accountID, defaultOwner: initiative.owner))
        case (.interaction(let form), .interaction(let interaction)):
            return .interaction(InteractionForm(editing: interaction, accountID: form.accountID, contacts: form.contacts))
        case (.opportunity(let form), .opportunity(let opportunity)):
            return .opportunity(OpportunityForm(editing: opportunity, accountID: form.accountID))
        case (.milestone(let form), .milestone(let milestone)):
            return .milestone(MilestoneForm(editing: milestone, initiativeID: form.initiativeID, accountID: form.accountID, position: form.position))
        default:
            return self
        }
    }
}

/// A form open over the screen: the form, and where its save stands.
public struct FormSession: Equatable, Sendable {
    public var form: OpenForm
    /// What the form is for, naming the record and its account.
    public var title: FormTitle
    /// The write in flight, while the store applies it; keys wait until it answers.
    public var savingWriteID: Int?
    /// The record changed elsewhere since the form opened: what changed, until the user
    /// chooses to save over it, reload, or keep editing.
    public var conflict: EditConflict?
    /// The read view the form was opened from, shown again when the form closes.
    public var returnsTo: RecordReading?

    public init(form: OpenForm, returnsTo: RecordReading? = nil) {
        self.form = form
        self.title = FormTitle(action: form.title)
        self.savingWriteID = nil
        self.conflict = nil
        self.returnsTo = returnsTo
    }

    /// What is over the screen once the form closes.
    var overlayAfter: Overlay? { returnsTo.map(Overlay.reading) }
}
