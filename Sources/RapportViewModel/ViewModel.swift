import Foundation
import RapportCore
import RapportStore

/// Owns the state and the store. `perform(_:)` turns a command into the next state, writing
/// through the store first where data changes: a failed write leaves the state as it was and
/// says so in the status bar.
public final class ViewModel {
    public internal(set) var state: AppState
    public let keymap: Keymap
    let database: AppDatabase
    let clock: () -> Date

    private var searchIndex: SearchIndex
    /// Contacts, notes and timeline text per account, folded; read in the background.
    private var extraSearch: DeepSearchLoader.Extras?
    private var deepSearchLoader: DeepSearchLoader?
    /// Rows of `overviews` in each sort order, computed when first needed.
    private var sortedOrders: [AccountSort: [Int]] = [:]
    /// The query `visibleRows` was computed for, so a longer query can narrow it.
    private var appliedQuery = ""
    private var loadedAccountID: Int64?

    public init(
        database: AppDatabase, storeName: String, today: Day, calendar: FiscalCalendar = FiscalCalendar(),
        keymap: Keymap = .standard, clock: @escaping () -> Date = Date.init, preloadedOverviews: [AccountOverview]? = nil
    ) throws {
        self.database = database
        self.keymap = keymap
        self.clock = clock
        state = AppState(storeName: storeName, today: today, calendar: calendar)
        let overviews = try preloadedOverviews ?? database.accountOverviews(today: today, calendar: calendar)
        searchIndex = SearchIndex(overviews: overviews)
        state.overviews = overviews
        state.kpis = PortfolioKPIs(overviews: overviews, today: today, calendar: calendar)
        refreshRows(keepingAccountID: nil)
        if !overviews.isEmpty { deepSearchLoader = DeepSearchLoader(database: database) }
        if overviews.isEmpty {
            state.message = StatusMessage("Empty book — see the hint to get started", kind: .info)
        }
    }

    /// Resolves a key through the keymap and performs its command; unbound keys do nothing.
    public func handle(_ key: Key) {
        // A paste into the filter is typed text; anywhere but a form or the filter it is ignored.
        if case .paste(let text) = key, state.mode == .filter {
            for character in text where !character.isNewline { perform(.filterInput(character)) }
            return
        }
        guard let command = keymap.command(for: key, in: state) else { return }
        perform(command)
    }

    public func perform(_ command: Command) {
        switch command {
        case .moveUp: moveSelection(by: -1)
        case .moveDown: moveSelection(by: 1)
        case .pageUp: moveSelection(by: -pageSize)
        case .pageDown: moveSelection(by: pageSize)
        case .moveToTop: moveSelection(to: 0)
        case .moveToBottom: moveSelection(to: Int.max / 2)
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .openFilter:
            state.focus = .accounts
            state.mode = .filter
            state.message = nil
        case .filterInput(let character):
            guard state.filterQuery.count < 200, !character.isNewline, character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) else { return }
            state.filterQuery.append(character)
            refreshRows(keepingAccountID: state.selectedOverview?.id)
        case .filterDeleteBackward:
            guard !state.filterQuery.isEmpty else { return }
            state.filterQuery.removeLast()
            refreshRows(keepingAccountID: state.selectedOverview?.id)
        case .filterClear:
            state.filterQuery = ""
            refreshRows(keepingAccountID: state.selectedOverview?.id)
        case .filterAccept:
            state.mode = .normal
            if !state.filterQuery.isEmpty {
                state.message = StatusMessage("Filter “\(state.filterQuery)”: \(state.visibleRows.count) of \(state.overviews.count) accounts — Esc clears", kind: .info)
            }
        case .filterCancel:
            state.mode = .normal
            clearFilter()
        case .back:
            if !state.filterQuery.isEmpty { clearFilter() }
        case .cycleSort:
            state.sort = state.sort.next
            refreshRows(keepingAccountID: state.selectedOverview?.id)
            state.message = StatusMessage("Sorted by \(state.sort.label)", kind: .info)
        case .bumpProgress(let points): bumpProgress(by: points)
        case .cycleStatus(let forward): cycleStatus(forward: forward)
        case .openDetail: openDetail()
        case .closeDetail: state.detail = nil
        case .openBookMetrics: openBookMetrics()
        case .nextSection:
            if let section = state.detail?.section, state.detail?.isBook == false { state.detail?.section = section.next }
        case .previousSection:
            if let section = state.detail?.section, state.detail?.isBook == false { state.detail?.section = section.previous }
        case .newRecord: startNew()
        case .editRecord: startEdit()
        case .deleteRecord: startDelete()
        case .logInteraction: startLogInteraction()
        case .formKey(let key): formKey(key)
        case .editNotesInEditor: requestEditor()
        case .editorFinished(let text): finishEditor(text)
        case .confirmYes: confirm()
        case .confirmNo:
            state.mode = .normal
            state.confirmation = nil
            state.message = StatusMessage("Nothing deleted", kind: .info)
        case .stepPeriod(let count): state.period = state.period.stepped(by: count)
        case .resizePeriod(let larger):
            state.period = state.period.resized(to: larger ? state.period.size.larger : state.period.size.smaller)
        case .currentPeriod:
            state.period = Period(size: state.period.size, containing: state.today.yearMonth, calendar: state.calendar)
        case .toggleMetricsTable: state.metricsAsTable.toggle()
        case .cycleMetric: cycleMetric()
        case .undo: replayHistory(forward: false)
        case .redo: replayHistory(forward: true)
        case .toggleHelp: state.mode = state.mode == .help ? .normal : .help
        case .closeOverlay: state.mode = .normal
        case .quit: state.shouldQuit = true
        case .setViewport(let accountRows, let initiativeRows):
            state.viewport = Viewport(accountRows: max(1, accountRows), initiativeRows: max(1, initiativeRows))
            state.accountsList = state.accountsList.moving(
                to: state.accountsList.selected, count: state.visibleRows.count, visibleRows: state.viewport.accountRows)
            state.initiativesList = state.initiativesList.moving(
                to: state.initiativesList.selected, count: state.initiatives.count,
                visibleRows: state.viewport.initiativeRows)
        }
    }

    /// Shows a message in the status bar (a theme warning at start-up, for example).
    public func report(_ message: StatusMessage) { state.message = message }

    // MARK: - Navigation

    private var pageSize: Int {
        if state.detail != nil { return max(1, state.viewport.accountRows) }
        return max(1, state.focus == .accounts ? state.viewport.accountRows : state.viewport.initiativeRows)
    }

    private func moveSelection(by delta: Int) {
        let current: Int
        if let detail = state.detail {
            switch detail.section {
            case .contacts: current = detail.contactsList.selected
            case .timeline: current = detail.timelineList.selected
            case .pipeline: current = detail.pipelineList.selected
            default: current = state.initiativesList.selected
            }
        } else {
            current = state.focus == .accounts ? state.accountsList.selected : state.initiativesList.selected
        }
        moveSelection(to: current + delta)
    }

    private func moveSelection(to index: Int) {
        if let detail = state.detail {
            switch detail.section {
            case .contacts:
                // Computed first: an optional-chained assignment holds `state` while its value is evaluated.
                let position = detail.contactsList.moving(to: index, count: detail.contacts.count, visibleRows: state.viewport.accountRows)
                state.detail?.contactsList = position
            case .timeline:
                let position = detail.timelineList.moving(to: index, count: detail.interactions.count, visibleRows: state.viewport.accountRows)
                state.detail?.timelineList = position
            case .pipeline:
                let position = detail.pipelineList.moving(to: index, count: detail.opportunities.count, visibleRows: state.viewport.accountRows)
                state.detail?.pipelineList = position
            case .initiatives:
                state.initiativesList = state.initiativesList.moving(
                    to: index, count: state.initiatives.count, visibleRows: state.viewport.accountRows)
            case .overview, .metrics:
                break
            }
            return
        }
        switch state.focus {
        case .accounts:
            state.accountsList = state.accountsList.moving(
                to: index, count: state.visibleRows.count, visibleRows: state.viewport.accountRows)
            loadSelectedAccount()
        case .initiatives:
            state.initiativesList = state.initiativesList.moving(
                to: index, count: state.initiatives.count, visibleRows: state.viewport.initiativeRows)
        }
    }

    private func cycleFocus(by delta: Int) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: state.focus) ?? 0
        state.focus = panes[(index + delta + panes.count) % panes.count]
    }

    // MARK: - Filter and sort

    private func clearFilter() {
        guard !state.filterQuery.isEmpty else { return }
        state.filterQuery = ""
        refreshRows(keepingAccountID: state.selectedOverview?.id)
    }

    private func sortedOrder(_ sort: AccountSort) -> [Int] {
        if let cached = sortedOrders[sort] { return cached }
        let overviews = state.overviews
        let index = searchIndex
        var order = Array(overviews.indices)
        switch sort {
        case .name:
            order.sort { index.nameLess($0, $1) }
        case .arr:
            order.sort {
                let (left, right) = (overviews[$0].account.annualRecurringRevenue, overviews[$1].account.annualRecurringRevenue)
                return left != right ? left > right : index.nameLess($0, $1)
            }
        case .health:
            order.sort {
                let (left, right) = (overviews[$0].health.value, overviews[$1].health.value)
                return left != right ? left < right : index.nameLess($0, $1)
            }
        case .renewal:
            // Soonest first; accounts without a renewal date last.
            order.sort {
                let left = overviews[$0].account.renewalDate?.daysSinceEpoch ?? Int.max
                let right = overviews[$1].account.renewalDate?.daysSinceEpoch ?? Int.max
                return left != right ? left < right : index.nameLess($0, $1)
            }
        }
        sortedOrders[sort] = order
        return order
    }

    /// Recomputes the visible rows for the current sort and filter, keeping the same account
    /// selected when it is still visible.
    private func refreshRows(keepingAccountID accountID: Int64?) {
        let query = state.filterQuery
        let terms = SearchIndex.terms(of: query)
        if terms.isEmpty {
            state.visibleRows = sortedOrder(state.sort)
        } else {
            // Every match of a longer query also matched the shorter one: narrow, don't rescan.
            let narrowing = !appliedQuery.isEmpty && query.hasPrefix(appliedQuery) && query != appliedQuery
                && state.visibleRows.count <= state.overviews.count
            let candidates = narrowing ? state.visibleRows : sortedOrder(state.sort)
            let extras = loadExtraSearch()
            var matches: [Int64: String] = [:]
            let index = searchIndex
            state.visibleRows = candidates.filter { row in
                let id = index.ids[row]
                guard let place = index.match(row: row, terms: terms, other: extras[id]) else { return false }
                if !place.isEmpty { matches[id] = place }
                return true
            }
            state.filterMatches = matches
        }
        if terms.isEmpty { state.filterMatches = [:] }
        appliedQuery = query
        var selected = 0
        if let accountID, let position = state.visibleRows.firstIndex(where: { state.overviews[$0].id == accountID }) {
            selected = position
        }
        state.accountsList = ListPosition(selected: selected, offset: state.accountsList.offset).moving(
            to: selected, count: state.visibleRows.count, visibleRows: state.viewport.accountRows)
        loadSelectedAccount()
    }

    private func loadExtraSearch() -> DeepSearchLoader.Extras {
        if let extraSearch { return extraSearch }
        let loader = deepSearchLoader ?? DeepSearchLoader(database: database)
        deepSearchLoader = nil
        switch loader.result() {
        case .success(let extras):
            extraSearch = extras
            return extras
        case .failure(let error):
            state.message = StatusMessage("Searching names only: \(error)", kind: .error)
            extraSearch = [:]
            return [:]
        }
    }

    /// After an edit: the changed accounts' text again, or everything when accounts came or went.
    private func refreshExtraSearch(after change: ChangeSummary) {
        if change.changesAccountList {
            extraSearch = nil
            deepSearchLoader = DeepSearchLoader(database: database)
            return
        }
        guard !change.accountIDs.isEmpty else { return }
        var extras = loadExtraSearch()
        for accountID in change.accountIDs {
            do {
                extras[accountID] = try DeepSearchLoader.load(database, accountID: accountID)[accountID]
            } catch {
                extras[accountID] = nil
            }
        }
        extraSearch = extras
    }

    // MARK: - The selected account

    /// Loads the selected account's initiatives and revenue trend, once per account.
    private func loadSelectedAccount() {
        let accountID = state.selectedOverview?.id
        guard accountID != loadedAccountID else { return }
        loadedAccountID = accountID
        state.initiativesList = ListPosition()
        guard let accountID else {
            state.initiatives = []
            state.revenueTrend = nil
            return
        }
        do {
            state.initiatives = try database.initiatives(accountID: accountID)
            let points = try database.metricPoints(
                accountID: accountID, metric: MetricPoint.revenue, in: RevenueTrend.window(today: state.today))
            state.revenueTrend = RevenueTrend(points: points, today: state.today)
        } catch {
            state.initiatives = []
            state.revenueTrend = nil
            state.message = StatusMessage("Could not load the account: \(error)", kind: .error)
        }
    }

    // MARK: - Account detail

    private func openDetail() {
        guard let accountID = state.selectedOverview?.id else {
            state.message = StatusMessage("No account selected", kind: .info)
            return
        }
        do {
            state.detail = try loadDetail(accountID: accountID, section: .overview)
        } catch {
            state.message = StatusMessage("Could not open the account: \(error)", kind: .error)
        }
    }

    private func openBookMetrics() {
        do {
            state.detail = try loadBookMetrics()
        } catch {
            state.message = StatusMessage("Could not load the book's metrics: \(error)", kind: .error)
        }
    }

    /// The book as one account: revenue summed by month, every opportunity.
    private func loadBookMetrics(metric: String = MetricPoint.revenue) throws -> AccountDetail {
        let current = state.today.yearMonth
        let revenue = try database.bookMetricPoints(
            metric: metric, in: MonthRange(first: current.adding(months: -60), last: current.adding(months: 24)))
        var detail = AccountDetail(accountID: 0, section: .metrics, metric: metric, points: revenue)
        detail.metricNames = try database.metricNames(accountID: nil)
        detail.isBook = true
        detail.forecast = MonthlyForecast(points: revenue, today: state.today)
        detail.opportunities = try database.allOpportunities()
        return detail
    }

    private func loadDetail(accountID: Int64, section: DetailSection, metric: String = MetricPoint.revenue) throws -> AccountDetail {
        // All the history the period keys can reach, and the plan ahead.
        let current = state.today.yearMonth
        let revenue = try database.metricPoints(
            accountID: accountID, metric: metric, in: MonthRange(first: current.adding(months: -60), last: current.adding(months: 24)))
        var detail = AccountDetail(
            accountID: accountID, section: section, contacts: try database.contacts(accountID: accountID),
            interactions: try database.interactions(accountID: accountID), lastContacted: try database.lastContacted(accountID: accountID),
            metric: metric, points: revenue)
        detail.metricNames = try database.metricNames(accountID: accountID)
        detail.forecast = MonthlyForecast(points: revenue, today: state.today)
        detail.opportunities = try database.opportunities(accountID: accountID)
        return detail
    }

    /// `m`: the next metric the account (or book) has.
    private func cycleMetric() {
        guard let detail = state.detail, detail.metricNames.count > 1 else {
            state.message = StatusMessage("Only \(state.detail?.metric ?? "revenue") is recorded — n records a value of another metric", kind: .info)
            return
        }
        let index = detail.metricNames.firstIndex(of: detail.metric) ?? 0
        let next = detail.metricNames[(index + 1) % detail.metricNames.count]
        do {
            state.detail = detail.isBook
                ? try loadBookMetrics(metric: next) : try loadDetail(accountID: detail.accountID, section: detail.section, metric: next)
        } catch {
            state.message = StatusMessage("Could not load \(next): \(error)", kind: .error)
        }
    }

    // MARK: - Undo and redo

    private func replayHistory(forward: Bool) {
        do {
            guard let change = try forward ? database.redo() : database.undo() else {
                state.message = StatusMessage(forward ? "Nothing to redo" : "Nothing to undo", kind: .info)
                return
            }
            try reload(after: change)
            state.message = StatusMessage("\(forward ? "Redone" : "Undone"): \(change.description)", kind: .success)
        } catch {
            state.message = StatusMessage("\(forward ? "Not redone" : "Not undone"): \(error)", kind: .error)
        }
    }

    /// Reloads after an edit: one account's row, or the whole list when accounts came or went.
    func refresh(accountID: Int64?, listChanged: Bool, select: Int64? = nil) throws {
        try reload(after: ChangeSummary(id: 0, description: "", accountIDs: accountID.map { [$0] } ?? [], changesAccountList: listChanged), select: select)
    }

    /// Brings the state back in line with the store after rows changed underneath it.
    private func reload(after change: ChangeSummary, select: Int64? = nil) throws {
        let selectedID = select ?? state.selectedOverview?.id
        // Contacts, notes or the timeline may have changed.
        refreshExtraSearch(after: change)
        if change.changesAccountList {
            let overviews = try database.accountOverviews(today: state.today, calendar: state.calendar)
            searchIndex = SearchIndex(overviews: overviews)
            state.overviews = overviews
            state.kpis = PortfolioKPIs(overviews: overviews, today: state.today, calendar: state.calendar)
            sortedOrders = [:]
            appliedQuery = ""
        } else {
            for accountID in change.accountIDs {
                guard let row = state.overviews.firstIndex(where: { $0.id == accountID }),
                    let fresh = try database.accountOverview(id: accountID, today: state.today, calendar: state.calendar)
                else { continue }
                state.kpis = state.kpis.replacing(state.overviews[row], with: fresh, today: state.today)
                state.overviews[row] = fresh
            }
            sortedOrders[.health] = nil
            sortedOrders[.arr] = nil
            sortedOrders[.renewal] = nil
        }
        let selectedInitiative = state.initiativesList
        loadedAccountID = nil
        refreshRows(keepingAccountID: selectedID)
        if let detail = state.detail, detail.isBook {
            state.detail = try loadBookMetrics(metric: detail.metric)
        } else if let detail = state.detail {
            if state.selectedOverview?.id == detail.accountID {
                var fresh = try loadDetail(accountID: detail.accountID, section: detail.section, metric: detail.metric)
                fresh.contactsList = detail.contactsList.moving(
                    to: detail.contactsList.selected, count: fresh.contacts.count, visibleRows: state.viewport.accountRows)
                fresh.timelineList = detail.timelineList.moving(
                    to: detail.timelineList.selected, count: fresh.interactions.count, visibleRows: state.viewport.accountRows)
                fresh.pipelineList = detail.pipelineList.moving(
                    to: detail.pipelineList.selected, count: fresh.opportunities.count, visibleRows: state.viewport.accountRows)
                state.detail = fresh
            } else {
                state.detail = nil
            }
        }
        // Keep the cursor on the same initiative row when the account stayed selected.
        if state.selectedOverview?.id == selectedID {
            state.initiativesList = selectedInitiative.moving(
                to: selectedInitiative.selected, count: state.initiatives.count, visibleRows: state.viewport.initiativeRows)
        }
    }

    // MARK: - Initiative updates

    private func bumpProgress(by points: Int) {
        guard let initiative = state.selectedInitiative else {
            state.message = StatusMessage("No initiative selected", kind: .info)
            return
        }
        let progress = Initiative.clampProgress(initiative.progress + points)
        guard progress != initiative.progress else {
            state.message = StatusMessage("\(initiative.title) is already at \(progress)%", kind: .info)
            return
        }
        save(initiative, progress: progress, status: initiative.status, describe: "progress \(initiative.progress)% → \(progress)%")
    }

    private func cycleStatus(forward: Bool) {
        guard let initiative = state.selectedInitiative else {
            state.message = StatusMessage("No initiative selected", kind: .info)
            return
        }
        let status = forward ? initiative.status.next : initiative.status.previous
        save(initiative, progress: initiative.progress, status: status, describe: "status \(initiative.status.label) → \(status.label)")
    }

    private func save(_ initiative: Initiative, progress: Int, status: InitiativeStatus, describe change: String) {
        guard let initiativeID = initiative.id, let row = state.visibleRows[safe: state.accountsList.selected] else { return }
        do {
            let saved = try database.recordProgress(initiativeID: initiativeID, progress: progress, status: status, at: clock())
            let index = state.initiativesList.selected
            state.initiatives[index] = saved
            let old = state.overviews[row]
            let updated = old.replacingInitiatives(InitiativeCounts(initiatives: state.initiatives, today: state.today))
            state.overviews[row] = updated
            state.kpis = state.kpis.replacing(old, with: updated, today: state.today)
            // The health order may have changed; recompute it when next needed. The visible
            // rows stay put so the account does not jump away from the cursor mid-edit.
            sortedOrders[.health] = nil
            state.message = StatusMessage("Saved: \(saved.title) — \(change)", kind: .success)
        } catch {
            state.message = StatusMessage("Not saved: \(error)", kind: .error)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

