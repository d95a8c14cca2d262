/// A deal the account manager expects: a renewal, an upsell or new business.
public struct Opportunity: Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// Bumped by the store on every change, so a save can tell the row moved underneath it.
    public var version: Int64 = 0
    public var accountID: Int64
    public var name: String
    public var kind: OpportunityKind
    public var amount: Money
    /// 0...100
    public var probability: Int
    public var expectedClose: Day
    public var category: ForecastCategory
    /// The sales stage in the user's own words ("proposal", "negotiation").
    public var stage: String

    public init(
        id: Int64? = nil, accountID: Int64, name: String, kind: OpportunityKind, amount: Money, probability: Int,
        expectedClose: Day, category: ForecastCategory, stage: String = ""
    ) {
        self.id = id
        self.accountID = accountID
        self.name = name
        self.kind = kind
        self.amount = amount
        self.probability = min(100, max(0, probability))
        self.expectedClose = expectedClose
        self.category = category
        self.stage = stage
    }

    /// Amount × probability, what a pipeline is worth on average.
    public var weightedAmount: Money { Money(minorUnits: amount.minorUnits * Int64(probability) / 100) }
}

public enum OpportunityKind: String, CaseIterable, Hashable, Sendable {
    case renewal
    case upsell
    case newBusiness = "new-business"

    public var label: String {
        switch self {
        case .renewal: return "renewal"
        case .upsell: return "upsell"
        case .newBusiness: return "new business"
        }
    }
}

/// Where a deal stands in the forecast, as sales teams call it.
public enum ForecastCategory: String, CaseIterable, Hashable, Sendable {
    case pipeline
    case bestCase = "best-case"
    case commit
    case closedWon = "closed-won"
    case closedLost = "closed-lost"

    public var label: String {
        switch self {
        case .pipeline: return "pipeline"
        case .bestCase: return "best case"
        case .commit: return "commit"
        case .closedWon: return "closed won"
        case .closedLost: return "closed lost"
        }
    }

    public var isOpen: Bool { self != .closedWon && self != .closedLost }
}

/// The opportunities expected to close in a period: shown beside the revenue outlook, never
/// added to it (the outlook already forecasts what the history implies).
public struct PipelineFigures: Hashable, Sendable {
    public let weighted: Money
    public let commit: Money
    public let closedWon: Money
    public let openCount: Int

    public init(weighted: Money, commit: Money, closedWon: Money, openCount: Int) {
        self.weighted = weighted
        self.commit = commit
        self.closedWon = closedWon
        self.openCount = openCount
    }

    public init(opportunities: [Opportunity], period: Period) {
        var weighted = Money.zero
        var commit = Money.zero
        var won = Money.zero
        var open = 0
        for opportunity in opportunities where period.months.contains(opportunity.expectedClose.yearMonth) {
            switch opportunity.category {
            case .closedWon: won += opportunity.amount
            case .closedLost: break
            case .commit:
                commit += opportunity.amount
                weighted += opportunity.weightedAmount
                open += 1
            case .pipeline, .bestCase:
                weighted += opportunity.weightedAmount
                open += 1
            }
        }
        self.weighted = weighted
        self.commit = commit
        self.closedWon = won
        self.openCount = open
    }
}
