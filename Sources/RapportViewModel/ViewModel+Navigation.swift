import RapportCore
import RapportForecast
import RapportStore

/// Moving through lists, filtering and sorting the accounts, opening the detail view.
extension ViewModel {
    /// Rows a page key moves in the list that has the keyboard.
    var pageRows: Int {
        let geometry = state.geometry
        if state.detail != nil { return geometry.detailRows }
        return state.pane == .accounts ? geometry.accountRows(showsFilterLine: state.accounts.showsFilterLine) : geometry.initiativeRows
    }

    mutating func moveSelection(by delta: Int) -> [Effect] {
        if var detail = state.detail {
            detail.select(detail.selection(detail.section) + delta, in: detail.section)
            state.detail = detail
            return []
        }
        switch state.pane {
        case .accounts:
            let loads = state.accounts.move(by: delta, pageRows: pageRows)
            return loads.map { .load(.accountPage($0)) } + focusSelectedAccount()
        case .initiatives:
            let count = state.focused.initiatives.count
            state.focused.initiativeSelected = min(max(0, state.focused.initiativeSelected + delta), max(0, count - 1))
            return []
        }
    }

    mutating func moveToEnd(top: Bool) -> [Effect] {
        if var detail = state.detail {
            detail.select(top ? 0 : Int.max / 2, in: detail.section)
            state.detail = detail
            return []
        }
        switch state.pane {
        case .accounts:
            let loads = top ? state.accounts.moveToTop() : state.accounts.moveToBottom()
            return loads.map { .load(.accountPage($0)) } + focusSelectedAccount()
        case .initiatives:
            state.focused.initiativeSelected = top ? 0 : max(0, state.focused.initiatives.count - 1)
            return []
        }
    }

    /// Pages that keep enough rows loaded around the cursor (after a resize, say).
    func listLookahead() -> [Effect] {
        state.accounts.lookahead(pageRows: state.geometry.accountRows(showsFilterLine: state.accounts.showsFilterLine))
            .map { .load(.accountPage($0)) }
    }

    /// Loads the selected account's initiatives and figures when the selection moved to another.
    mutating func focusSelectedAccount() -> [Effect] {
        let id = state.accounts.selectedID
        guard id != state.focused.accountID else { return [] }
        let reveal = state.focused.revealInitiativeID
        state.focused = FocusedAccount()
        state.focused.accountID = id
        state.focused.revealInitiativeID = reveal
        return id.map { [.load(.accountFocus(accountID: $0))] } ?? []
    }

    mutating func filterOrSort(_ command: Command) -> [Effect] {
        switch command {
        case .openFilter:
            state.pane = .accounts
            state.accounts.isTyping = true
            state.message = nil
            return []
        case .filterInput(let character):
            guard state.accounts.search.count < 200, !character.isNewline,
                character.unicodeScalars.allSatisfy({ !TextSafety.isUnsafe($0) })
            else { return [] }
            state.accounts.search.append(character)
        case .filterDeleteBackward:
            guard !state.accounts.search.isEmpty else { return [] }
            state.accounts.search.removeLast()
        case .filterClear:
            state.accounts.search = ""
        case .filterAccept:
            state.accounts.isTyping = false
            if !state.accounts.search.isEmpty {
                state.message = StatusMessage(
                    "Filter “\(state.accounts.search)”: \(state.accounts.totalCount) of \(state.kpis.accountCount) accounts — Esc clears", kind: .info)
            }
            return []
        case .filterCancel:
            state.accounts.isTyping = false
            guard !state.accounts.search.isEmpty else { return [] }
            state.accounts.search = ""
        case .clearFilter:
            guard !state.accounts.search.isEmpty else {
                state.message = StatusMessage("No filter to clear — / filters the accounts", kind: .info)
                return []
            }
            state.accounts.search = ""
        case .cycleSort:
            return sort(by: state.accounts.sort.next)
        default:
            return []
        }
        // A changed search shows its best matches from the top, as fzf and k9s do: one page
        // read, however many accounts match. Without a search the list returns to the account
        // that was selected.
        if state.accounts.search.isEmpty { return [.load(.accountPage(state.accounts.reload()))] }
        return [.load(.accountPage(state.accounts.request(.first)))]
    }

    /// `o` and `:sort`. A new order is read from its top with its first row selected: the point
    /// of sorting by renewal is to see the soonest renewals, not to stay where the old order was.
    mutating func sort(by order: AccountSort) -> [Effect] {
        state.accounts.sort = order
        state.message = StatusMessage("Sorted by \(order.label)", kind: .info)
        return [.load(.accountPage(state.accounts.request(.first)))]
    }

    mutating func openDetail() -> [Effect] {
        guard let id = state.accounts.selectedID else {
            state.message = StatusMessage("No account selected", kind: .info)
            return []
        }
        state.detail = DetailModel(scope: .account(id))
        return [.load(.accountDetail(accountID: id, metric: MetricPoint.revenue))]
    }

    mutating func openBookMetrics() -> [Effect] {
        state.detail = DetailModel(scope: .book, section: .metrics)
        return [.load(.bookMetrics(metric: MetricPoint.revenue)), .load(.bookPipeline(state.period))]
    }

    mutating func changeMetricsView(_ command: Command) -> [Effect] {
        guard var detail = state.detail else { return [] }
        switch command {
        case .stepPeriod(let count): state.period = state.period.stepped(by: count)
        case .resizePeriod(let larger):
            state.period = state.period.resized(to: larger ? state.period.size.larger : state.period.size.smaller, keeping: state.today)
        case .currentPeriod: state.period = Period(size: state.period.size, containing: state.today.yearMonth, calendar: state.calendar)
        case .cycleForecastMethod:
            let methods = ModelSelection.cycle
            let current = state.forecastMethod(for: detail.metric)
            let next = methods[((methods.firstIndex(of: current) ?? 0) + 1) % methods.count]
            state.forecastMethods[detail.metric] = next == .automatic ? nil : next
            detail.refreshMetrics(period: state.period, today: state.today, method: next)
            state.detail = detail
            let label = detail.metrics?.label ?? detail.metric
            state.message = StatusMessage("\(label) is forecast with \(next.label) — F for the next method", kind: .info)
            return []
        case .toggleMetricsTable:
            state.metricsAsTable.toggle()
            return []
        case .cycleMetric:
            let names = detail.metricNames
            guard names.count > 1 else {
                let key = keymap.key(for: .newRecord, in: .metrics) ?? "n"
                let hint = detail.isBook ? "record months in an account's Metrics section" : "\(key) records a month of another metric"
                state.message = StatusMessage("Only \(detail.metric) is recorded — \(hint)", kind: .info)
                return []
            }
            let next = names[((names.firstIndex(of: detail.metric) ?? 0) + 1) % names.count]
            switch detail.scope {
            case .book: return [.load(.bookMetrics(metric: next))]
            case .account(let id): return [.load(.accountDetail(accountID: id, metric: next))]
            }
        default:
            return []
        }
        detail.recomputeView(period: state.period, today: state.today)
        state.detail = detail
        return detail.isBook ? [.load(.bookPipeline(state.period))] : []
    }
}
