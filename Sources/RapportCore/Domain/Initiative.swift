/// A customer-focused piece of work with a measurable objective, an owner and a due date.
public struct Initiative: Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// Bumped by the store on every change, so a save can tell the row moved underneath it.
    public var version: Int64 = 0
    public var accountID: Int64
    public var title: String
    /// The measurable objective ("cut onboarding time from 20 to 12 days").
    public var objective: String
    public var owner: String
    public var status: InitiativeStatus
    /// 0...100
    public var progress: Int
    public var dueDate: Day?
    /// When the work started: where the burn-up's straight line begins.
    public var startDate: Day?
    /// The objective as a figure to reach, beside the free-text `objective`; nil when none is set.
    public var target: ObjectiveTarget?
    /// Progress is the share of milestones done, set by the store whenever a milestone changes.
    public var progressFollowsMilestones: Bool

    public init(
        id: Int64? = nil, accountID: Int64, title: String, objective: String, owner: String,
        status: InitiativeStatus, progress: Int, dueDate: Day?, startDate: Day? = nil, target: ObjectiveTarget? = nil,
        progressFollowsMilestones: Bool = false
    ) {
        self.id = id
        self.accountID = accountID
        self.title = title
        self.objective = objective
        self.owner = owner
        self.status = status
        self.progress = Self.clampProgress(progress)
        self.dueDate = dueDate
        self.startDate = startDate
        self.target = target
        self.progressFollowsMilestones = progressFollowsMilestones
    }

    /// Past its due date and not done.
    public func isOverdue(on today: Day) -> Bool {
        guard status != .done, let dueDate else { return false }
        return dueDate < today
    }

    public static func clampProgress(_ value: Int) -> Int { min(100, max(0, value)) }
}

public enum InitiativeStatus: String, CaseIterable, Hashable, Sendable {
    case planned
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case blocked
    case done

    public var label: String {
        switch self {
        case .planned: return "planned"
        case .onTrack: return "on track"
        case .atRisk: return "at risk"
        case .blocked: return "blocked"
        case .done: return "done"
        }
    }

    /// The next status in the cycle planned → on track → at risk → blocked → done → planned.
    public var next: InitiativeStatus {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    public var previous: InitiativeStatus {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + all.count - 1) % all.count]
    }

    public var isOpen: Bool { self != .done }

    /// Moving into this status asks why (the reason may be left empty).
    public var asksForReason: Bool { self == .atRisk || self == .blocked }
}
