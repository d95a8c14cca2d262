/// Whose detail is shown: one account, or the whole book's metrics (`M`).
public enum DetailScope: Hashable, Sendable {
    case account(Int64)
    case book
}

/// The sections of an account's detail view, a key apart.
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
