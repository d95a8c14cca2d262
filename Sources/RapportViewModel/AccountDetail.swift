import RapportCore

/// The account detail view (Enter on an account): its sections and what each one shows.
public struct AccountDetail: Equatable, Sendable {
    public var accountID: Int64
    public var section: DetailSection
    public var contacts: [Contact]
    public var contactsList: ListPosition
    /// Revenue for the metrics section: 24 months ending with the current one.
    public var revenue: [MetricPoint]

    public init(accountID: Int64, section: DetailSection = .overview, contacts: [Contact] = [], revenue: [MetricPoint] = []) {
        self.accountID = accountID
        self.section = section
        self.contacts = contacts
        self.contactsList = ListPosition()
        self.revenue = revenue
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
    case initiatives
    case metrics

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .contacts: return "Contacts"
        case .initiatives: return "Initiatives"
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
