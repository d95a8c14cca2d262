import RapportCore
import RapportStore

/// Undo and redo select and show what they changed: the account in the list, and the record
/// in the section that draws it. Otherwise a change made minutes ago (or one Ctrl-R brings
/// back) would land on an account the screen is not showing, unseen.
extension ViewModel {
    mutating func reveal(_ summary: ChangeSummary) -> [Effect] {
        guard let accountID = summary.focusAccountID else { return reloadAfterChange(focusAccountID: nil) }
        let section = summary.record.map(Self.section(showing:))
        // Only the detail view draws contacts, the timeline, the pipeline and the metrics; the
        // dashboard draws initiatives itself.
        if state.detail != nil || (section != nil && section != .initiatives) {
            var detail = state.detail.flatMap { $0.scope == .account(accountID) ? $0 : nil }
                ?? DetailModel(scope: .account(accountID), section: section ?? .overview, metric: state.detail?.metric ?? MetricPoint.revenue)
            if let section { detail.section = section }
            if case .metric(let name)? = summary.record { detail.metric = name }
            detail.reveal = summary.record
            state.detail = detail
        } else if case .initiative(let id)? = summary.record {
            state.pane = .initiatives
            state.focused.revealInitiativeID = id
        }
        var effects: [Effect] = [.load(.kpis)]
        var request = state.accounts.reload()
        if accountID != state.accounts.selectedID { request.anchor = .around(accountID: accountID) }
        effects.append(.load(.accountPage(request)))
        if let focused = state.focused.accountID, focused == state.accounts.selectedID {
            effects.append(.load(.accountFocus(accountID: focused)))
        }
        if let detail = state.detail, case .account(let id) = detail.scope {
            effects.append(.load(.accountDetail(accountID: id, metric: detail.metric)))
        }
        if state.agenda != nil { effects.append(loadAgenda) }
        return effects
    }

    static func section(showing record: ChangedRecord) -> DetailSection {
        switch record {
        case .contact: return .contacts
        case .initiative: return .initiatives
        case .interaction: return .timeline
        case .opportunity: return .pipeline
        case .metric: return .metrics
        }
    }
}
