import Foundation

/// One recorded change of an initiative's progress or status: the history behind every bar.
public struct ProgressUpdate: Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var initiativeID: Int64
    public var recordedAt: Date
    public var previousProgress: Int
    public var progress: Int
    public var previousStatus: InitiativeStatus
    public var status: InitiativeStatus
    /// Added after the change (`n` straight after it).
    public var note: String
    /// Why the initiative moved to at risk or blocked; empty when none was given (or for other moves).
    public var reason: String

    public init(
        id: Int64? = nil, initiativeID: Int64, recordedAt: Date, previousProgress: Int, progress: Int,
        previousStatus: InitiativeStatus, status: InitiativeStatus, note: String = "", reason: String = ""
    ) {
        self.id = id
        self.initiativeID = initiativeID
        self.recordedAt = recordedAt
        self.previousProgress = previousProgress
        self.progress = progress
        self.previousStatus = previousStatus
        self.status = status
        self.note = note
        self.reason = reason
    }

    /// The day (UTC) it was recorded.
    public var day: Day { Day(daysSinceEpoch: Int((recordedAt.timeIntervalSince1970 / 86_400).rounded(.down))) }

    /// A move into at risk or blocked, which asks for a reason.
    public var entersTrouble: Bool { status != previousStatus && status.asksForReason }
}
