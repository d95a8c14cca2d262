/// The account a row names: by Rapport id, by name, or by a website or email domain.
public struct AccountReference: Hashable, Sendable {
    public var id: Int64?
    public var name: String?
    public var domain: String?

    public init(id: Int64? = nil, name: String? = nil, domain: String? = nil) {
        self.id = id
        self.name = name
        self.domain = domain
    }

    public var isEmpty: Bool { id == nil && name == nil && domain == nil }

    /// The value as the row gives it, for messages: "'Acme Corp'", "the Rapport id 12".
    public var described: String {
        if let name { return "'\(name)'" }
        if let id { return "the Rapport id \(id)" }
        return "the domain \(domain ?? "")"
    }
}

/// An interaction as one row gives it; nil is a field the row does not give.
public struct InteractionDraft: Hashable, Sendable {
    public var line: Int
    public var id: Int64?
    public var account = AccountReference()
    public var date: Day?
    public var kind: InteractionKind?
    /// The contacts who took part, by name or email, as the row lists them.
    public var contacts: [String]?
    /// Their Rapport ids, as Rapport's own export lists them beside the names.
    public var contactIDs: [Int64]?
    public var summary: String?
    public var nextStep: String?

    public init(line: Int) { self.line = line }

    /// `interaction` with every field this row gives (contacts are resolved by the planner).
    public func applied(to interaction: Interaction) -> Interaction {
        var result = interaction
        if let date { result.date = date }
        if let kind { result.kind = kind }
        if let summary { result.summary = summary }
        if let nextStep { result.nextStep = nextStep }
        return result
    }
}

/// An initiative as one row gives it.
public struct InitiativeDraft: Hashable, Sendable {
    public var line: Int
    public var id: Int64?
    public var account = AccountReference()
    public var title: String?
    public var objective: String?
    public var owner: String?
    public var status: InitiativeStatus?
    public var progress: Int?
    public var dueDate: Day?

    public init(line: Int) { self.line = line }

    public func applied(to initiative: Initiative) -> Initiative {
        var result = initiative
        if let title { result.title = title }
        if let objective { result.objective = objective }
        if let owner { result.owner = owner }
        if let status { result.status = status }
        if let progress { result.progress = Initiative.clampProgress(progress) }
        if let dueDate { result.dueDate = dueDate }
        return result
    }

    /// A new initiative of `accountID`, with the form's defaults: planned, 0%, the account's owner.
    public func newInitiative(accountID: Int64, defaultOwner: String) -> Initiative {
        applied(to: Initiative(accountID: accountID, title: "", objective: "", owner: defaultOwner, status: .planned, progress: 0, dueDate: nil))
    }
}

/// An opportunity as one row gives it.
public struct OpportunityDraft: Hashable, Sendable {
    public var line: Int
    public var id: Int64?
    public var account = AccountReference()
    public var name: String?
    public var kind: OpportunityKind?
    public var amount: Money?
    public var probability: Int?
    public var expectedClose: Day?
    public var category: ForecastCategory?
    public var stage: String?

    public init(line: Int) { self.line = line }

    public func applied(to opportunity: Opportunity) -> Opportunity {
        var result = opportunity
        if let name { result.name = name }
        if let kind { result.kind = kind }
        if let amount { result.amount = amount }
        if let probability { result.probability = min(100, max(0, probability)) }
        if let expectedClose { result.expectedClose = expectedClose }
        if let category { result.category = category }
        if let stage { result.stage = stage }
        return result
    }

    /// A new opportunity of `accountID`, with the form's defaults (an upsell at 50% in the
    /// pipeline); nil without the close date a new one needs.
    public func newOpportunity(accountID: Int64) -> Opportunity? {
        guard let expectedClose else { return nil }
        return applied(to: Opportunity(
            accountID: accountID, name: "", kind: .upsell, amount: .zero, probability: 50, expectedClose: expectedClose, category: .pipeline))
    }
}

/// One month of one metric as a row (or, in a wide sheet, one cell) gives it.
public struct MetricDraft: Hashable, Sendable {
    public var line: Int
    /// The cell's column (from 1) in a wide sheet, for messages.
    public var column: Int?
    public var account: AccountReference
    public var metric: String
    public var month: YearMonth
    /// Stored units of the metric's kind; nil keeps what is stored.
    public var actual: Int64?
    public var target: Int64?

    public init(line: Int, column: Int? = nil, account: AccountReference, metric: String, month: YearMonth, actual: Int64?, target: Int64?) {
        self.line = line
        self.column = column
        self.account = account
        self.metric = metric
        self.month = month
        self.actual = actual
        self.target = target
    }

    /// The stored month with this row's figures over it.
    public func applied(to point: MetricPoint?, accountID: Int64) -> MetricPoint {
        MetricPoint(accountID: accountID, metric: metric, month: month, actual: actual ?? point?.actual, target: target ?? point?.target)
    }
}
