/// What a KPI tile counts, as a list across the book (Enter on the tile, `:list NAME`): the
/// initiatives or accounts behind the figure, as agenda items, so the agenda's keys act on them.
public enum BookList: String, CaseIterable, Hashable, Sendable {
    case atRisk = "at-risk"
    case blocked
    case late
    case toContact = "to-contact"
    case renewals

    public var title: String {
        switch self {
        case .atRisk: return "Initiatives at risk"
        case .blocked: return "Initiatives blocked"
        case .late: return "Initiatives late"
        case .toContact: return "Accounts to contact"
        case .renewals: return "Renewals: lapsed and within 90 days"
        }
    }

    /// The figure the tile shows for this list.
    public func count(in kpis: PortfolioKPIs) -> Int {
        switch self {
        case .atRisk: return kpis.initiatives.atRisk
        case .blocked: return kpis.initiatives.blocked
        case .late: return kpis.initiatives.overdue
        case .toContact: return kpis.needingContact
        case .renewals: return kpis.renewalsWithin90Days + kpis.lapsedRenewals
        }
    }
}
