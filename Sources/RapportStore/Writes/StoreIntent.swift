import RapportCore

/// Every change the app can ask of the store, named after what the user meant. The store
/// applies each to the rows as they are stored when it runs (add 5 to the stored progress,
/// compare a form's version with the stored one), never to what a screen last showed.
public enum StoreIntent: Hashable, Sendable {
    case addAccount(Account)
    case editAccount(RecordEdit<Account>)
    case removeAccount(id: Int64)
    case addContact(Contact)
    case editContact(RecordEdit<Contact>)
    /// Deleting the main point of contact names who takes over.
    case removeContact(id: Int64, successor: Int64?)
    case addInitiative(Initiative)
    case editInitiative(RecordEdit<Initiative>)
    case removeInitiative(id: Int64)
    /// Moves the stored progress by `points`, within 0–100.
    case bumpProgress(initiativeID: Int64, by: Int)
    /// The next (or previous) status after the stored one.
    case stepStatus(initiativeID: Int64, forward: Bool)
    /// The same, with why it moved: kept when the new status is at risk or blocked.
    case stepStatusGivingReason(initiativeID: Int64, forward: Bool, reason: String)
    /// Sets the note of a recorded progress or status change.
    case annotateProgress(updateID: Int64, note: String)
    case addMilestone(Milestone)
    case editMilestone(RecordEdit<Milestone>)
    case removeMilestone(id: Int64)
    /// Marks the stored milestone done on `day`, or open again when it is done; an initiative
    /// whose progress follows milestones gets the share done, counted from the stored rows.
    case toggleMilestone(id: Int64, on: Day)
    /// The initiative's stakeholders become exactly these contacts (of its account).
    case setStakeholders(initiativeID: Int64, [InitiativeStakeholder])
    case logInteraction(Interaction, nextFollowUp: Day?)
    case editInteraction(RecordEdit<Interaction>)
    case removeInteraction(id: Int64)
    case addOpportunity(Opportunity)
    case editOpportunity(RecordEdit<Opportunity>)
    case removeOpportunity(id: Int64)
    /// Sets one month of one metric (actual and target; nil clears).
    case recordMetric(MetricPoint)
    /// A planned CSV import, written whole in one transaction and undone whole (`ImportPlan`).
    case importRecords(ImportChanges)
    /// A book file (`rapport export --format json`) merged onto the store (`BookMerge`),
    /// written whole in one transaction and undone whole; `source` names it in the change log.
    case mergeBook(BookFile, source: String)
    /// Hides an agenda item (`AgendaItem.key`) until a day, or for good when `until` is nil
    /// ("done"); the account names whose the item is.
    case snoozeAgendaItem(key: String, accountID: Int64, until: Day?)
    /// "Done" on a follow-up: the next follow-up set `cadence` days after `today` from the
    /// account's stay-in-touch cadence as stored, or cleared when it has none.
    case completeFollowUp(accountID: Int64, today: Day)
    /// A stakeholder update went out: remembered so the next one covers what moved since.
    case recordSentUpdate(SentUpdate)
    /// This window's latest change, undone; or its latest undo, redone.
    case undo
    case redo
}

/// A form's save: the record as the form opened it (with its version) and as edited.
public struct RecordEdit<Record: EditableRecord>: Hashable, Sendable {
    public var original: Record
    public var edited: Record
    /// Save even though the stored row changed since the form opened: this edit's changes are
    /// applied onto what is stored now, so the other change survives wherever it did not touch
    /// the same field.
    public var overwriting: Bool

    public init(original: Record, edited: Record, overwriting: Bool = false) {
        self.original = original
        self.edited = edited
        self.overwriting = overwriting
    }
}

/// What applying an intent came to.
public enum WriteOutcome: Hashable, Sendable {
    case saved(ChangeSummary)
    /// Nothing needed writing; the text says why ("Portal rollout is already at 100%").
    case unchanged(String)
    /// The row changed elsewhere since the form opened; nothing was written.
    case conflict(EditConflict)
    /// The change to undo (or redo) was itself changed since, by another window or program;
    /// nothing was written, so that work is not undone with it.
    case historyOvertaken(String)
}

/// A form's record changed elsewhere while the form was open.
public struct EditConflict: Hashable, Sendable {
    /// "account Acme Corp"
    public let subject: String
    /// Fields changed elsewhere since the form opened, and those this form changes.
    public let changedElsewhere: [String]
    public let changedHere: [String]
    /// The record as stored now, for "reload".
    public let stored: StoredRecordValue

    public init(subject: String, changedElsewhere: [String], changedHere: [String], stored: StoredRecordValue) {
        self.subject = subject
        self.changedElsewhere = changedElsewhere
        self.changedHere = changedHere
        self.stored = stored
    }

    /// Fields both changed: saving over them replaces the other change.
    public var overlapping: [String] { changedHere.filter(changedElsewhere.contains) }
}

/// One record of any kind a form edits.
public enum StoredRecordValue: Hashable, Sendable {
    case account(Account)
    case contact(Contact)
    case initiative(Initiative)
    case interaction(Interaction)
    case opportunity(Opportunity)
    case milestone(Milestone)
}

/// One entry of the change log, as the status bar names it and the screen reloads after it.
public struct ChangeSummary: Hashable, Sendable {
    public let description: String
    /// Accounts whose rows the change touched.
    public let accountIDs: Set<Int64>
    /// The account to show afterwards (the one added, edited, or restored by an undo).
    public let focusAccountID: Int64?
    /// True when an account itself was created or removed.
    public let changesAccountList: Bool
    /// Accounts the change removed (a delete, or the undo of an add).
    public let removedAccountIDs: Set<Int64>
    /// The record below the account that the change leaves in place, if any.
    public let record: ChangedRecord?
    /// The progress or status change this change recorded, for a note added straight after it.
    public let progressUpdateID: Int64?

    public init(
        description: String, accountIDs: Set<Int64>, focusAccountID: Int64?, changesAccountList: Bool, removedAccountIDs: Set<Int64> = [],
        record: ChangedRecord? = nil, progressUpdateID: Int64? = nil
    ) {
        self.record = record
        self.progressUpdateID = progressUpdateID
        self.description = description
        self.accountIDs = accountIDs
        self.focusAccountID = focusAccountID
        self.changesAccountList = changesAccountList
        self.removedAccountIDs = removedAccountIDs
    }
}
