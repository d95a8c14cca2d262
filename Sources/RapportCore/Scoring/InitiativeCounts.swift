/// How an account's initiatives stand, counted once so lists and KPIs need not load them all.
public struct InitiativeCounts: Hashable, Sendable {
    public var total: Int
    public var open: Int
    public var atRisk: Int
    public var blocked: Int
    /// Open initiatives past their due date (whatever their status).
    public var overdue: Int

    public init(total: Int = 0, open: Int = 0, atRisk: Int = 0, blocked: Int = 0, overdue: Int = 0) {
        self.total = total
        self.open = open
        self.atRisk = atRisk
        self.blocked = blocked
        self.overdue = overdue
    }

    public init(initiatives: [Initiative], today: Day) {
        self.init()
        for initiative in initiatives { add(initiative, today: today) }
    }

    public mutating func add(_ initiative: Initiative, today: Day) {
        total += 1
        if initiative.status.isOpen { open += 1 }
        if initiative.status == .atRisk { atRisk += 1 }
        if initiative.status == .blocked { blocked += 1 }
        if initiative.isOverdue(on: today) { overdue += 1 }
    }

    /// 0...100, shared by every health score: each open initiative at risk costs half of its
    /// share, blocked all of it, late three quarters. Nil when nothing is open, because an
    /// account with no running work says nothing about risk.
    public var riskScore: Double? {
        guard open > 0 else { return nil }
        let trouble = Double(atRisk) * 0.5 + Double(blocked) + Double(overdue) * 0.75
        return max(0, 100 - 100 * trouble / Double(open))
    }

    /// "1 at risk · 1 late · 4 open"
    public var riskReason: String {
        let problems = [(atRisk, "at risk"), (blocked, "blocked"), (overdue, "late")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return (problems + ["\(open) open"]).joined(separator: " · ")
    }

    public static func + (lhs: InitiativeCounts, rhs: InitiativeCounts) -> InitiativeCounts {
        InitiativeCounts(
            total: lhs.total + rhs.total, open: lhs.open + rhs.open, atRisk: lhs.atRisk + rhs.atRisk,
            blocked: lhs.blocked + rhs.blocked, overdue: lhs.overdue + rhs.overdue)
    }
}
