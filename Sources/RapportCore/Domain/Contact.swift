/// A person at a client account.
public struct Contact: Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// Bumped by the store on every change, so a save can tell the row moved underneath it.
    public var version: Int64 = 0
    public var accountID: Int64
    public var name: String
    public var title: String
    public var email: String
    public var phone: String
    public var role: ContactRole
    /// 1 (little) ... 5 (decisive).
    public var influence: Int
    public var sentiment: ContactSentiment
    /// Exactly one contact per account is the main point of contact.
    public var isMainContact: Bool
    public var reportsToID: Int64?
    /// This person's own stay-in-touch cadence in days, for someone who needs more (or less)
    /// attention than the account as a whole; nil follows the account's cadence.
    public var stayInTouchDays: Int?

    public init(
        id: Int64? = nil, accountID: Int64, name: String, title: String, email: String, phone: String,
        role: ContactRole, influence: Int, sentiment: ContactSentiment, isMainContact: Bool,
        reportsToID: Int64? = nil, stayInTouchDays: Int? = nil
    ) {
        self.id = id
        self.accountID = accountID
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
        self.role = role
        self.influence = influence
        self.sentiment = sentiment
        self.isMainContact = isMainContact
        self.reportsToID = reportsToID
        self.stayInTouchDays = stayInTouchDays
    }
}

public enum ContactRole: String, CaseIterable, Hashable, Sendable {
    case sponsor
    case decisionMaker = "decision-maker"
    case champion
    case user
    case other

    /// The roles a healthy relationship has covered: someone who funds it, someone who signs,
    /// and someone who argues for it inside the client.
    public static let key: [ContactRole] = [.sponsor, .decisionMaker, .champion]

    public var label: String {
        switch self {
        case .sponsor: return "sponsor"
        case .decisionMaker: return "decision maker"
        case .champion: return "champion"
        case .user: return "user"
        case .other: return "other"
        }
    }
}

public enum ContactSentiment: String, CaseIterable, Hashable, Sendable {
    case friendly
    case neutral
    case critical
}
