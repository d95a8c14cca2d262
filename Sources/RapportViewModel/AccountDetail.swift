import RapportCore

/// The account detail view (Enter on an account): its sections and what each one shows.
public struct AccountDetail: Equatable, Sendable {
    public var accountID: Int64
    public var section: DetailSection
    public var contacts: [Contact]
    public var contactsList: ListPosition
    /// The timeline, newest first.
    public var interactions: [Interaction]
    public var timelineList: ListPosition
    /// When each contact was last involved in an interaction (derived from the timeline).
    public var lastContacted: [Int64: Day]
    /// The metrics section's metric ("revenue" unless the user picks another with `m`).
    public var metric: String
    /// Every metric the account (or book) has, revenue first.
    public var metricNames: [String]
    /// The metric's points: the history the period keys reach and the plan ahead.
    public var points: [MetricPoint]
    /// The metric's forecast from its own history, from the current month on.
    public var forecast: MonthlyForecast?
    public var opportunities: [Opportunity]
    public var pipelineList: ListPosition
    /// The whole book's metrics (`M`), not one account's: only the metrics section, summed.
    public var isBook: Bool

    public init(
        accountID: Int64, section: DetailSection = .overview, contacts: [Contact] = [], interactions: [Interaction] = [],
        lastContacted: [Int64: Day] = [:], metric: String = MetricPoint.revenue, points: [MetricPoint] = []
    ) {
        self.accountID = accountID
        self.section = section
        self.contacts = contacts
        self.contactsList = ListPosition()
        self.interactions = interactions
        self.timelineList = ListPosition()
        self.lastContacted = lastContacted
        self.metric = metric
        self.metricNames = [metric]
        self.points = points
        self.forecast = nil
        self.opportunities = []
        self.pipelineList = ListPosition()
        self.isBook = false
    }

    public var selectedOpportunity: Opportunity? {
        pipelineList.selected < opportunities.count ? opportunities[pipelineList.selected] : nil
    }

    public var selectedInteraction: Interaction? {
        timelineList.selected < interactions.count ? interactions[timelineList.selected] : nil
    }

    public var selectedContact: Contact? {
        contactsList.selected < contacts.count ? contacts[contactsList.selected] : nil
    }

    /// Key roles nobody on the account holds, in the order they matter.
    public var missingKeyRoles: [ContactRole] {
        let present = Set(contacts.map(\.role))
        return [ContactRole.sponsor, .decisionMaker, .champion].filter { !present.contains($0) }
    }
}

public enum DetailSection: String, CaseIterable, Hashable, Sendable {
    case overview
    case contacts
    case timeline
    case initiatives
    case pipeline
    case metrics

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .contacts: return "Contacts"
        case .timeline: return "Timeline"
        case .initiatives: return "Initiatives"
        case .pipeline: return "Pipeline"
        case .metrics: return "Metrics"
        }
    }

    public var next: DetailSection {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    public var previous: DetailSection {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + all.count - 1) % all.count]
    }
}
