/// One touch point with a client account: a call, an email, a meeting, a business review or a
/// note. The timeline is made of these, and "last contacted" is derived from them.
public struct Interaction: Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// Bumped by the store on every change, so a save can tell the row moved underneath it.
    public var version: Int64 = 0
    public var accountID: Int64
    public var kind: InteractionKind
    public var date: Day
    /// The account's contacts who took part; empty for a note or an internal touch point.
    public var contactIDs: [Int64]
    public var summary: String
    /// What was agreed to happen next ("send the revised SOW by Friday"); empty when nothing.
    public var nextStep: String

    public init(
        id: Int64? = nil, accountID: Int64, kind: InteractionKind, date: Day, contactIDs: [Int64] = [],
        summary: String, nextStep: String = ""
    ) {
        self.id = id
        self.accountID = accountID
        self.kind = kind
        self.date = date
        self.contactIDs = contactIDs
        self.summary = summary
        self.nextStep = nextStep
    }

    /// Timeline order: newest day first; on the same day the one logged later (higher id) first,
    /// so what the user just logged sits at the top. Unsaved interactions count as the newest.
    public static func isNewerFirst(_ lhs: Interaction, _ rhs: Interaction) -> Bool {
        if lhs.date != rhs.date { return lhs.date > rhs.date }
        return (lhs.id ?? .max) > (rhs.id ?? .max)
    }
}

public enum InteractionKind: String, CaseIterable, Hashable, Sendable {
    case call
    case email
    case meeting
    case businessReview = "business-review"
    case note

    public var label: String {
        switch self {
        case .call: return "call"
        case .email: return "email"
        case .meeting: return "meeting"
        case .businessReview: return "business review"
        case .note: return "note"
        }
    }

    /// Whether this kind of interaction means the client was actually reached. A note is written
    /// by the account manager alone, so it must not make a neglected relationship look fresh.
    public var countsAsContact: Bool { self != .note }
}
