/// A client account in the manager's book.
public struct Account: Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// Bumped by the store on every change, so a save can tell the row moved underneath it.
    public var version: Int64 = 0
    public var name: String
    public var industry: String
    public var region: String
    public var tier: AccountTier
    /// The account manager who owns the relationship.
    public var owner: String
    /// Annual recurring revenue under contract.
    public var annualRecurringRevenue: Money
    public var renewalDate: Day?
    /// Stay-in-touch cadence in days; nil when none is set.
    public var stayInTouchDays: Int?
    public var nextFollowUp: Day?
    public var notes: String

    public init(
        id: Int64? = nil, name: String, industry: String, region: String, tier: AccountTier,
        owner: String, annualRecurringRevenue: Money, renewalDate: Day?, stayInTouchDays: Int? = nil,
        nextFollowUp: Day? = nil, notes: String = ""
    ) {
        self.id = id
        self.name = name
        self.industry = industry
        self.region = region
        self.tier = tier
        self.owner = owner
        self.annualRecurringRevenue = annualRecurringRevenue
        self.renewalDate = renewalDate
        self.stayInTouchDays = stayInTouchDays
        self.nextFollowUp = nextFollowUp
        self.notes = notes
    }
}

public enum AccountTier: String, CaseIterable, Hashable, Sendable {
    case strategic
    case enterprise
    case midMarket = "mid-market"
    case smallBusiness = "smb"

    public var label: String {
        switch self {
        case .strategic: return "Strategic"
        case .enterprise: return "Enterprise"
        case .midMarket: return "Mid-market"
        case .smallBusiness: return "SMB"
        }
    }
}
