import RapportCore
import RapportStore

/// The agenda: opening it, moving in it, and acting on its items through store intents.
extension ViewModel {
    mutating func openAgenda() -> [Effect] {
        state.detail = nil
        state.agenda = state.agenda ?? AgendaModel()
        return [loadAgenda]
    }

    var loadAgenda: Effect {
        if let list = state.agenda?.list { return .load(.bookList(list, limit: AgendaModel.limit, coefficients: state.agendaCoefficients)) }
        return .load(.agenda(limit: AgendaModel.limit, coefficients: state.agendaCoefficients))
    }

    /// A KPI tile's list, in the agenda's pane and with its keys.
    mutating func openList(_ list: BookList) -> [Effect] {
        state.detail = nil
        state.kpiFocus = nil
        state.agenda = AgendaModel(list: list)
        return [loadAgenda]
    }

    /// The KPI strip's focus: `K` takes it, ←/→ move between the figures that open a list,
    /// Enter opens it, Esc gives the keys back to the accounts list.
    mutating func performOnKPIs(_ command: Command) -> [Effect]? {
        switch command {
        case .focusKPIs:
            state.kpiFocus = state.kpiFocus ?? .atRisk
            return []
        case .stepKPI(let step):
            guard let focus = state.kpiFocus else { return [] }
            let all = BookList.allCases
            let index = (all.firstIndex(of: focus) ?? 0) + step
            state.kpiFocus = all[min(max(index, 0), all.count - 1)]
            return []
        case .openKPIList:
            guard let focus = state.kpiFocus else { return [] }
            return openList(focus)
        case .unfocusKPIs:
            state.kpiFocus = nil
            return []
        default:
            return nil
        }
    }

    /// The commands the agenda answers while it is open; nil for those it leaves to the rest.
    mutating func performInAgenda(_ command: Command) -> [Effect]? {
        guard var agenda = state.agenda, state.overlay == nil, state.prompt == nil else { return nil }
        if agenda.isChoosingSnooze {
            switch command {
            case .snoozeAgendaItem(let days): return snoozeSelected(for: days)
            case .closeAgendaChoice:
                agenda.isChoosingSnooze = false
                state.agenda = agenda
                return []
            default: return nil
            }
        }
        switch command {
        case .moveUp: agenda.move(by: -1)
        case .moveDown: agenda.move(by: 1)
        case .pageUp: agenda.move(by: -agendaPageRows)
        case .pageDown: agenda.move(by: agendaPageRows)
        case .moveToTop: agenda.move(by: -agenda.items.count)
        case .moveToBottom: agenda.move(by: agenda.items.count)
        case .closeAgenda:
            if agenda.isExplaining {
                agenda.isExplaining = false
            } else {
                state.agenda = nil
                return []
            }
        case .explainAgendaItem: agenda.isExplaining.toggle()
        case .chooseAgendaSnooze:
            guard agenda.selectedItem != nil else { return nothingOnAgenda() }
            agenda.isChoosingSnooze = true
        case .jumpToAgendaItem: return jumpToSelected()
        case .markAgendaItemDone: return markSelectedDone()
        case .logInteraction:
            guard let item = agenda.selectedItem?.item else { return nothingOnAgenda() }
            return [.load(.contacts(accountID: item.accountID))]
        default: return nil
        }
        state.agenda = agenda
        return []
    }

    /// Rows the agenda shows: the screen less its header, KPI strip, frame and status bar.
    private var agendaPageRows: Int { max(1, state.screen.height - 8) }

    private mutating func nothingOnAgenda() -> [Effect] {
        state.message = StatusMessage("Nothing on the agenda", kind: .info)
        return []
    }

    /// Enter: the account in the list, and the initiative or contact the item is about.
    private mutating func jumpToSelected() -> [Effect] {
        guard let item = state.agenda?.selectedItem?.item else { return nothingOnAgenda() }
        state.agenda = nil
        let record: ChangedRecord?
        switch item.record {
        case .account: record = nil
        case .initiative(let id, _): record = .initiative(id)
        case .contact(let id, _): record = .contact(id)
        }
        let summary = ChangeSummary(
            description: "", accountIDs: [item.accountID], focusAccountID: item.accountID, changesAccountList: false, record: record)
        return reveal(summary)
    }

    /// `x`: a follow-up moves to the next one by the cadence; a dated item is done for that
    /// date (its key holds it, so a new date brings it back); an item without a date (health
    /// fell, below target, not updated) is put away for 30 days, since "done" cannot stay true.
    private mutating func markSelectedDone() -> [Effect] {
        guard let item = state.agenda?.selectedItem?.item else { return nothingOnAgenda() }
        if item.kind == .followUp {
            return submit(.completeFollowUp(accountID: item.accountID, today: state.today), describing: "follow-up done")
        }
        let until = item.due == nil ? state.today.adding(days: Self.undatedDoneDays) : nil
        return submit(.snoozeAgendaItem(key: item.key, accountID: item.accountID, until: until), describing: "done")
    }

    static let undatedDoneDays = 30

    mutating func snoozeSelected(for days: Int) -> [Effect] {
        snoozeSelected(until: state.today.adding(days: max(days, 1)))
    }

    mutating func snoozeSelected(until day: Day) -> [Effect] {
        guard var agenda = state.agenda, let item = agenda.selectedItem?.item else { return nothingOnAgenda() }
        agenda.isChoosingSnooze = false
        state.agenda = agenda
        guard day > state.today else {
            state.message = StatusMessage("Snooze until a day after today", kind: .error)
            return []
        }
        return submit(.snoozeAgendaItem(key: item.key, accountID: item.accountID, until: day), describing: "snooze")
    }
}
