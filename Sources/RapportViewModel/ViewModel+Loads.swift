import RapportCore
import RapportStore

/// Taking in what the store read.
extension ViewModel {
    mutating func receive(_ query: StoreQuery, _ result: Result<StoreReply, StoreError>) -> [Effect] {
        let reply: StoreReply
        switch result {
        case .success(let value):
            reply = value
        case .failure(let error):
            state.message = StatusMessage("Could not read the store: \(error)", kind: .error)
            return []
        }
        switch (query, reply) {
        case (.accountPage(let request), .accountPage(let page)):
            let wasLoaded = state.accounts.isLoaded
            state.accounts.receive(page, for: request)
            if !wasLoaded && state.kpis.accountCount == 0 && page.entries.isEmpty && request.search.isEmpty {
                state.message = StatusMessage("Empty book — see the hint to get started", kind: .info)
            }
            return focusSelectedAccount()
        case (.accountRows(let sort, let ids), .accountRows(let rows)):
            guard sort == state.accounts.sort else { return [] }
            if !state.accounts.refresh(rows, asked: ids) { return [.load(.accountPage(state.accounts.reload()))] }
        case (.kpis, .kpis(let kpis)):
            state.kpis = kpis
        case (.accountFocus(let id), .accountFocus(let focus)):
            guard state.focused.accountID == id else { return [] }
            let keep = state.focused.revealInitiativeID ?? state.focused.selectedInitiative?.id
            state.focused.revealInitiativeID = nil
            state.focused.data = focus
            let index = keep.flatMap { id in state.focused.initiatives.firstIndex { $0.id == id } } ?? state.focused.initiativeSelected
            state.focused.initiativeSelected = min(index, max(0, state.focused.initiatives.count - 1))
        case (.accountDetail(let id, let metric), .accountDetail(let data)):
            guard var detail = state.detail, detail.scope == .account(id) else { return [] }
            guard let data else {
                state.detail = nil
                state.message = StatusMessage("That account no longer exists — it may have been deleted elsewhere", kind: .info)
                return []
            }
            detail.metric = metric
            detail.account = data
            detail.selectRevealedRecord()
            for section in [DetailSection.contacts, .timeline, .pipeline, .initiatives] {
                detail.select(detail.selection(section), in: section)
            }
            detail.refreshMetrics(period: state.period, today: state.today, method: state.forecastMethod(for: detail.metric))
            state.detail = detail
        case (.bookMetrics, .bookMetrics(let data)):
            guard var detail = state.detail, detail.isBook else { return [] }
            detail.metric = data.metric
            detail.book = data
            detail.refreshMetrics(period: state.period, today: state.today, method: state.forecastMethod(for: detail.metric))
            state.detail = detail
        case (.bookPipeline(let period), .bookPipeline(let figures)):
            guard var detail = state.detail, detail.isBook, period == state.period else { return [] }
            detail.bookPipeline = figures
            detail.recomputeView(period: state.period, today: state.today)
            state.detail = detail
        case (.deletionImpact(let id), .deletionImpact(let impact)):
            guard let account = state.focused.overview?.account, account.id == id else { return [] }
            ask("Delete the account \(account.name) with \(impact.description)?", .deleteAccount(account))
        case (.progressHistoryCount(let id), .progressHistoryCount(let count)):
            guard let initiative = state.selectedInitiative, initiative.id == id else { return [] }
            let extra = count == 0 ? "" : " with its \(count) progress update\(count == 1 ? "" : "s")"
            ask("Delete the initiative \(initiative.title)\(extra)?", .deleteInitiative(initiative))
        case (.contacts(let id), .contacts(let contacts)):
            if receiveStakeholderContacts(contacts, accountID: id) { return [] }
            let asked = state.agenda.map { $0.selectedItem?.item.accountID == id } ?? (state.accounts.selectedID == id)
            guard asked, state.overlay == nil else { return [] }
            open(.interaction(InteractionForm(editing: nil, accountID: id, contacts: contacts)))
        case (.accountNamed(let name), .accountNamed(let match)):
            return goToAccount(named: name, match: match)
        case (.accountNames(let prefix, _), .accountNames(let names)):
            receiveAccountNames(names, prefix: prefix)
        case (.initiativePlan, .initiativePlan(let plan)):
            receivePlan(plan)
        case (.changes, .changes(let entries)):
            receiveChanges(query, entries)
        case (_, .document(let text)):
            receivePreview(query, text)
        case (.agenda, .agenda(let items)):
            // A reply for the view still open: not one the user has since left for a list.
            if state.agenda?.list == nil { state.agenda?.receive(items) }
        case (.bookList(let list, _, _), .agenda(let items)):
            if state.agenda?.list == list { state.agenda?.receive(items) }
        default:
            break
        }
        return []
    }

    /// What to read again after a change to some accounts' figures only (a progress or status
    /// step): their rows where the list shows them — the window is read again only if one
    /// moved in the sort — the KPIs, the selected account and the detail view.
    mutating func refreshAfterEdit(of accountIDs: Set<Int64>) -> [Effect] {
        var effects = reloadAfterChange(focusAccountID: nil)
        let shown = state.accounts.entries.map(\.id).filter(accountIDs.contains)
        effects.removeAll { if case .load(.accountPage) = $0 { return true } else { return false } }
        if !shown.isEmpty { effects.insert(.load(.accountRows(sort: state.accounts.sort, ids: shown.sorted())), at: 1) }
        return effects
    }

    /// What to read again after the stored rows changed: the KPIs, the list around the
    /// selection (or around `focusAccountID`, which becomes the selection), the selected
    /// account and the detail view.
    mutating func reloadAfterChange(focusAccountID: Int64?) -> [Effect] {
        var effects: [Effect] = [.load(.kpis)]
        var request = state.accounts.reload()
        if let focusAccountID, focusAccountID != state.accounts.selectedID, state.detail == nil {
            request.anchor = .around(accountID: focusAccountID)
        }
        effects.append(.load(.accountPage(request)))
        // The focused account may have changed even when the selection did not.
        if let id = state.focused.accountID { effects.append(.load(.accountFocus(accountID: id))) }
        if let detail = state.detail {
            switch detail.scope {
            case .account(let id): effects.append(.load(.accountDetail(accountID: id, metric: detail.metric)))
            case .book:
                effects.append(.load(.bookMetrics(metric: detail.metric)))
                effects.append(.load(.bookPipeline(state.period)))
            }
        }
        if state.agenda != nil { effects.append(loadAgenda) }
        return effects
    }
}
