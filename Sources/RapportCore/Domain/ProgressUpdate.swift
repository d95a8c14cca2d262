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
    public var note: String

    public init(
        id: Int64? = nil, initiativeID: Int64, recordedAt: Date, previousProgress: Int, progress: Int,
        previousStatus: InitiativeStatus, status: InitiativeStatus, note: String = ""
    ) {
        self.id = id
        self.initiativeID = initiativeID
        self.recordedAt = recordedAt
        self.previousProgress = previousProgress
        self.progress = progress
        self.previousStatus = previousStatus
        self.status = status
        self.note = note
    }
}
