/// One step of an initiative's plan: a checklist item with a due date, done on a day.
public struct Milestone: Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// Bumped by the store on every change, so a save can tell the row moved underneath it.
    public var version: Int64 = 0
    public var initiativeID: Int64
    public var title: String
    public var dueDate: Day?
    /// nil while open.
    public var doneOn: Day?
    /// Order in the checklist, ascending.
    public var position: Int

    public init(id: Int64? = nil, initiativeID: Int64, title: String, dueDate: Day?, doneOn: Day? = nil, position: Int) {
        self.id = id
        self.initiativeID = initiativeID
        self.title = title
        self.dueDate = dueDate
        self.doneOn = doneOn
        self.position = position
    }

    public var isDone: Bool { doneOn != nil }

    /// Progress that follows milestones: the share done, in whole percent rounded down, so 100%
    /// means every one is done. No milestones is 0%.
    public static func progress(done: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        return Initiative.clampProgress(done * 100 / total)
    }
}
