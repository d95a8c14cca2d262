/// The record an agenda item is about, below its account: what Enter jumps to.
public enum AgendaRecord: Hashable, Sendable {
    case account
    case initiative(id: Int64, title: String)
    case contact(id: Int64, name: String)

    /// "initiative:42": the record's part of an item's key.
    var keyPart: String {
        switch self {
        case .account: return "account"
        case .initiative(let id, _): return "initiative:\(id)"
        case .contact(let id, _): return "contact:\(id)"
        }
    }
}

/// One thing that needs the manager: found by the store, weighed by `AgendaUrgency`.
///
/// The facts an item carries are those its score reads, so the score is a pure function of
/// the item and the coefficients, and `i` can show every term.
public struct AgendaItem: Hashable, Sendable {
    public var kind: AgendaKind
    public var accountID: Int64
    public var accountName: String
    public var record: AgendaRecord
    /// The date the item is due or was due (a follow-up, a due date, a renewal), when it has one.
    public var due: Day?
    /// Days past due (positive) or until due (negative); 0 when due today or undated.
    public var daysOverdue: Int
    /// What and why, in a few words: "ERP rollout: due in 3 days".
    public var reason: String
    public var annualRecurringRevenue: Money
    /// Relationship health 0...100, nil when there is not enough data to score it.
    public var health: Int?
    /// How bad the kind's own measure is, 0...1 (how far health fell, how far below target,
    /// how long since a key contact was reached, 1 for a blocked initiative and ½ for one at
    /// risk); 0 for kinds without one.
    public var severity: Double

    public init(
        kind: AgendaKind, accountID: Int64, accountName: String, record: AgendaRecord = .account, due: Day? = nil,
        daysOverdue: Int = 0, reason: String, annualRecurringRevenue: Money = .zero, health: Int? = nil, severity: Double = 0
    ) {
        self.kind = kind
        self.accountID = accountID
        self.accountName = accountName
        self.record = record
        self.due = due
        self.daysOverdue = daysOverdue
        self.reason = reason
        self.annualRecurringRevenue = annualRecurringRevenue
        self.health = health
        self.severity = min(max(severity, 0), 1)
    }

    /// Names the item for snoozes and "done" marks: its kind, account, record and due date.
    /// The date is part of it so that a renewal marked done comes back when the renewal date
    /// moves to next year, and a follow-up done comes back at the next follow-up date.
    public var key: String {
        "\(kind.rawValue):\(accountID):\(record.keyPart)" + (due.map { ":\($0.iso)" } ?? "")
    }

    /// The initiative the item is about, if any.
    public var initiativeID: Int64? {
        if case .initiative(let id, _) = record { return id }
        return nil
    }
}
