/// One thing `rapport check` finds wrong with the book: data a manager should fill in or fix.
public struct BookProblem: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case noMainContact = "no-main-contact"
        case noSponsorOrDecisionMaker = "no-sponsor-or-decision-maker"
        case initiativeWithoutOwner = "initiative-without-owner"
        case initiativeWithoutDueDate = "initiative-without-due-date"
        case initiativeWithoutObjective = "initiative-without-objective"
        case lapsedRenewal = "lapsed-renewal"
        case noRecentInteraction = "no-recent-interaction"
        case noRecentMetric = "no-recent-metric"
    }

    public var kind: Kind
    public var accountID: Int64
    public var accountName: String
    public var initiativeID: Int64?
    public var initiativeTitle: String?
    /// What is wrong, in a few words: "no interaction since 2026-03-02".
    public var detail: String

    public init(kind: Kind, accountID: Int64, accountName: String, initiativeID: Int64? = nil, initiativeTitle: String? = nil, detail: String) {
        self.kind = kind
        self.accountID = accountID
        self.accountName = accountName
        self.initiativeID = initiativeID
        self.initiativeTitle = initiativeTitle
        self.detail = detail
    }

    /// "Acme Corp · ERP rollout: no owner" — one line per problem.
    public var line: String {
        let subject = [accountName] + (initiativeTitle.map { [$0] } ?? [])
        return subject.joined(separator: " · ") + ": " + detail
    }

    /// Days without an interaction that reached the client after which the data is stale.
    public static let staleInteractionDays = 180
    /// Months without a metric figure after which the data is stale.
    public static let staleMetricMonths = 3
}

/// Whether an initiative's objective can be checked, not only read. Today the objective is
/// free text, so "measurable" means "written down"; a structured, measurable objective (a
/// metric, a baseline and a target) replaces this rule when initiatives get one.
public enum InitiativeObjectiveRule {
    public static func isMissing(_ objective: String) -> Bool {
        objective.allSatisfy { $0.isWhitespace }
    }
}
