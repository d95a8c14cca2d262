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
    /// The day the account became a client; reports count new accounts by it. nil when unknown.
    public var clientSince: Day?
    /// The day the client left; nil while it is a client. Reports count churned accounts by it.
    public var churnedOn: Day?

    public init(
        id: Int64? = nil, name: String, industry: String, region: String, tier: AccountTier,
        owner: String, annualRecurringRevenue: Money, renewalDate: Day?, stayInTouchDays: Int? = nil,
        nextFollowUp: Day? = nil, notes: String = "", clientSince: Day? = nil, churnedOn: Day? = nil
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
        self.clientSince = clientSince
        self.churnedOn = churnedOn
    }

    /// The client had left by `day`: a former client. Its records and revenue history stay, but
    /// nothing about it needs the manager: the book's ARR, health and attention figures leave it
    /// out, and nothing of it is on the agenda.
    public func hasLeft(by day: Day) -> Bool { churnedOn.map { $0 <= day } ?? false }

    /// A client on `day`: it had become one (or nobody knows since when) and had not left.
    public func isClient(on day: Day) -> Bool {
        if let clientSince, clientSince > day { return false }
        if let churnedOn, churnedOn <= day { return false }
        return true
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
