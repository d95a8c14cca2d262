import Foundation

/// Who a stakeholder update is for. Internal notes go only to the internal audience.
public enum UpdateAudience: String, CaseIterable, Hashable, Sendable, Codable {
    case `internal`
    case external
}

/// Whether a note may leave the company. Notes and reasons typed on changes, and an account's
/// notes, are internal (nothing marks them for the client); the asks the store words from the
/// plan's titles and dates are external.
public enum NoteVisibility: String, Hashable, Sendable {
    case `internal`
    case external
}

/// A note with who may read it.
public struct UpdateNote: Hashable, Sendable {
    public var text: String
    public var visibility: NoteVisibility

    public init(_ text: String, visibility: NoteVisibility) {
        self.text = text
        self.visibility = visibility
    }
}

/// What a stakeholder update is assembled from: one account's progress changes since a day,
/// its open initiatives, and the seams for milestones and asks (nil: not recorded yet).
public struct StakeholderUpdateInput: Sendable {
    public struct Change: Hashable, Sendable {
        public var initiative: String
        public var recordedAt: Date
        public var previousProgress: Int
        public var progress: Int
        public var previousStatus: InitiativeStatus
        public var status: InitiativeStatus
        public var note: UpdateNote?

        public init(
            initiative: String, recordedAt: Date, previousProgress: Int, progress: Int, previousStatus: InitiativeStatus,
            status: InitiativeStatus, note: UpdateNote?
        ) {
            self.initiative = initiative
            self.recordedAt = recordedAt
            self.previousProgress = previousProgress
            self.progress = progress
            self.previousStatus = previousStatus
            self.status = status
            self.note = note
        }
    }

    public struct OpenInitiative: Hashable, Sendable {
        public var title: String
        public var status: InitiativeStatus
        public var progress: Int
        public var dueDate: Day?
        /// The note of its latest change: why it is at risk, when it is.
        public var latestNote: UpdateNote?

        public init(title: String, status: InitiativeStatus, progress: Int, dueDate: Day?, latestNote: UpdateNote?) {
            self.title = title
            self.status = status
            self.progress = progress
            self.dueDate = dueDate
            self.latestNote = latestNote
        }
    }

    public struct Milestone: Hashable, Sendable {
        public var initiative: String
        public var title: String
        public var dueDate: Day?

        public init(initiative: String, title: String, dueDate: Day?) {
            self.initiative = initiative
            self.title = title
            self.dueDate = dueDate
        }
    }

    public var account: String
    public var changes: [Change]
    public var openInitiatives: [OpenInitiative]
    /// The account's own notes: always internal.
    public var accountNotes: String
    /// Nil while the store keeps no milestones.
    public var milestones: [Milestone]?
    /// What we need from the client; nil while the store keeps none.
    public var asks: [UpdateNote]?
    /// When the last update to this account went out, if one did.
    public var lastSent: Date?

    public init(
        account: String, changes: [Change], openInitiatives: [OpenInitiative], accountNotes: String, milestones: [Milestone]?,
        asks: [UpdateNote]?, lastSent: Date?
    ) {
        self.account = account
        self.changes = changes
        self.openInitiatives = openInitiatives
        self.accountNotes = accountNotes
        self.milestones = milestones
        self.asks = asks
        self.lastSent = lastSent
    }
}
