/// Writes handed to the store and not answered yet.
public struct PendingWrites: Hashable, Sendable {
    /// The id the next write gets: reports name their write by it.
    public var nextID: Int
    /// What each write in flight is, for the status bar ("Saving: progress +5").
    public var inFlight: [Int: String]
    /// A write found the store locked by another program and is waiting for it.
    public var waitingForLock: Bool

    public init() {
        nextID = 1
        inFlight = [:]
        waitingForLock = false
    }

    public var isEmpty: Bool { inFlight.isEmpty }
}
