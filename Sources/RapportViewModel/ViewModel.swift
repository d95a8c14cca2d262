import RapportCore
import RapportStore

/// Turns events into the next state and the effects it asks for, and does no I/O itself: the
/// event loop runs the effects and feeds their results back as events (as Bubble Tea's `Cmd`
/// and TCA's `Effect` do). Each concern keeps its own state in `AppState` (the accounts list,
/// the focused account, the detail view, the forms); this type routes between them.
public struct ViewModel: Sendable {
    public internal(set) var state: AppState
    public let keymap: Keymap

    public init(storeName: String, today: Day, calendar: FiscalCalendar = FiscalCalendar(), keymap: Keymap = .standard,
                screen: ScreenSize = ScreenSize(width: 120, height: 40)) {
        state = AppState(storeName: storeName, today: today, calendar: calendar, screen: screen)
        self.keymap = keymap
    }

    /// What to read for the first frame: the KPIs and the top of the accounts list (and the
    /// agenda, when the dashboard opens on it).
    public func start() -> [Effect] {
        [.load(.kpis), .load(.accountPage(state.accounts.request(.first)))] + (state.agenda == nil ? [] : [loadAgenda])
    }

    /// `start = "agenda"` in the config file: the dashboard opens on the agenda.
    public mutating func startOnAgenda() { state.agenda = AgendaModel() }

    /// The agenda's coefficients from the config file.
    public mutating func useAgendaCoefficients(_ coefficients: AgendaCoefficients) { state.agendaCoefficients = coefficients }

    /// Shows a message in the status bar (a theme warning at start-up, for example).
    public mutating func report(_ message: StatusMessage) { state.message = message }

    /// The themes `:theme` completes (the wiring lists the files; the view model reads none).
    public mutating func offerThemes(_ names: [String]) { state.themeNames = names }

    public mutating func send(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            // A message answers the key before: the next key moves on from it, as in vim and
            // lazygit, so no message lingers across screens. (What the key does may say more.)
            state.message = nil
            return handle(key)
        case .mouse(let mouse, let shown):
            state.message = nil
            return handleMouse(mouse, shown: shown)
        case .command(let command): return perform(command)
        case .resized(let size):
            state.screen = size
            state.accounts.fit(screenRows: AppState.mostListRows(on: size))
            return listLookahead()
        case .loaded(let query, let result): return receive(query, result)
        case .written(let id, let result): return finishWrite(id, result)
        case .writeWaiting(let id):
            guard state.writes.inFlight[id] != nil else { return [] }
            state.writes.waitingForLock = true
            state.message = StatusMessage("The store is locked by another program — your change is waiting and will be saved when it is free", kind: .info)
            return []
        case .changedElsewhere:
            state.message = StatusMessage("Updated with changes made elsewhere", kind: .info)
            return reloadAfterChange(focusAccountID: nil)
        case .integrityChecked(let problem):
            guard let problem else { return [] }
            state.readOnlyReason = problem
            state.message = StatusMessage("This store is damaged (\(problem)): it is read-only — restore it from a backup", kind: .error)
            return []
        case .summariesRefreshed:
            return reloadAfterChange(focusAccountID: nil)
        case .backgroundFailure(let error):
            state.message = StatusMessage("Could not bring the figures up to date: \(error)", kind: .error)
            return []
        case .editorFinished(let text): return finishEditor(text)
        case .overlayMeasured(let measure):
            overlayMeasured(measure)
            return []
        case .themeLoaded(let name, let error):
            state.message = error.map { StatusMessage($0, kind: .error) } ?? StatusMessage("Theme “\(name)”", kind: .success)
            return []
        case .importPlanned(let path, let result): return reviewImport(path: path, result)
        case .exported(let path, let error):
            state.message = error.map { StatusMessage("Not exported: \($0)", kind: .error) } ?? StatusMessage("Exported to \(path)", kind: .success)
            return []
        case .pathsListed(let prefix, let paths):
            receivePaths(paths, prefix: prefix)
            return []
        case .screenDumped(let path, let error):
            state.message = error.map { StatusMessage($0, kind: .error) } ?? StatusMessage("Wrote the screen to \(path)", kind: .success)
            return []
        case .reportWritten(let path, let error):
            state.message = error.map { StatusMessage($0, kind: .error) } ?? StatusMessage("Wrote the report to \(path)", kind: .success)
            return []
        case .updateWritten(let request, let coveredSince, let error):
            return updateWritten(request, coveredSince: coveredSince, error: error)
        }
    }

    /// Resolves a key in the contexts the screen shows; unbound keys do nothing.
    mutating func handle(_ key: Key) -> [Effect] {
        if case .mouse(let mouse) = key { return handleMouse(mouse, shown: ShownLists()) }
        // A paste into the filter is typed text; anywhere but a form or the filter it is ignored.
        if case .paste(let text) = key, state.keyContexts.first == .filter {
            var effects: [Effect] = []
            for character in text where !character.isNewline { effects = perform(.filterInput(character)) }
            return effects
        }
        // A note can be added only straight after a change: any key ends the chance.
        let contexts = state.keyContexts
        let noteable = state.noteableChange
        state.noteableChange = nil
        state.noteableWriteID = nil
        guard let command = keymap.command(for: key, in: contexts) else { return [] }
        if command == .noteChange, let noteable { return openChangeNote(noteable) }
        return perform(command)
    }

    mutating func perform(_ command: Command) -> [Effect] {
        if let effects = performInOverlay(command) { return effects }
        if let effects = performInAgenda(command) { return effects }
        if let effects = performOnKPIs(command) { return effects }
        switch command {
        case .moveUp: return moveSelection(by: -1)
        case .moveDown: return moveSelection(by: 1)
        case .pageUp: return moveSelection(by: -pageRows)
        case .pageDown: return moveSelection(by: pageRows)
        case .moveToTop: return moveToEnd(top: true)
        case .moveToBottom: return moveToEnd(top: false)
        case .focusNext, .focusPrevious:
            state.pane = state.pane == .accounts ? .initiatives : .accounts
            return []
        case .openFilter, .filterInput, .filterDeleteBackward, .filterClear, .filterAccept, .filterCancel, .clearFilter, .cycleSort:
            return filterOrSort(command)
        case .openDetail: return openDetail()
        case .openRecord: return openRecord()
        case .closeDetail:
            state.detail = nil
            return []
        case .openBookMetrics: return openBookMetrics()
        case .nextSection, .previousSection:
            guard var detail = state.detail, !detail.isBook else { return [] }
            detail.section = command == .nextSection ? detail.section.next : detail.section.previous
            state.detail = detail
            return []
        case .stepPeriod, .resizePeriod, .currentPeriod, .toggleMetricsTable, .cycleMetric, .cycleForecastMethod:
            return changeMetricsView(command)
        case .bumpProgress(let points): return updateInitiative(.bump(points))
        case .cycleStatus(let forward): return updateInitiative(.status(forward: forward))
        case .noteChange, .selectMilestone, .toggleMilestone, .editMilestone, .editStakeholders: return []
        case .openChanges: return openChanges(since: state.today.adding(days: -7))
        case .previewReport: return openReportPreview()
        case .previewUpdate: return openUpdatePreview()
        case .writePreview, .toggleUpdateAudience: return []
        case .newRecord: return startNew()
        case .editRecord: return startEdit()
        case .deleteRecord: return startDelete()
        case .logInteraction: return startLogInteraction()
        case .editNotesInEditor: return requestEditor()
        case .formKey(let key): return formKey(key)
        case .confirmYes: return confirm()
        case .confirmNo:
            if case .importReview = state.overlay { return cancelImport() }
            guard case .confirm(let confirmation) = state.overlay else { return [] }
            state.overlay = nil
            if case .completeInitiative(let initiative) = confirmation.action {
                let edit = keymap.key(for: .editRecord, in: .initiatives) ?? "e"
                state.message = StatusMessage(
                    "Still \(initiative.status.label) at \(initiative.progress)% — \(edit) edits it to mark it done as it stands", kind: .info)
                return []
            }
            state.message = StatusMessage("Nothing deleted", kind: .info)
            return []
        case .conflictOverwrite, .conflictReload, .conflictKeepEditing: return resolveConflict(command)
        case .undo: return submit(.undo, describing: "undo")
        case .redo: return submit(.redo, describing: "redo")
        case .toggleHelp:
            state.overlay = state.overlay == .help ? nil : .help
            state.overlayScroll = OverlayScroll()
            return []
        case .openCommandLine:
            state.prompt = CommandPrompt()
            return []
        case .commandKey(let key): return commandLineKey(key)
        case .closeOverlay:
            if case .importReview = state.overlay { return cancelImport() }
            state.overlay = nil
            state.initiativePlan = nil
            return []
        case .quit: return quit()
        // The event loop acts on these before the view model sees the key (see `Keymap.terminalCommand`).
        case .redraw, .suspend: return []
        case .openAgenda: return openAgenda()
        case .closeAgenda, .jumpToAgendaItem, .markAgendaItemDone, .chooseAgendaSnooze, .snoozeAgendaItem, .closeAgendaChoice, .explainAgendaItem,
            .focusKPIs, .stepKPI, .openKPIList, .unfocusKPIs:
            return []
        }
    }

    private mutating func quit() -> [Effect] {
        if !state.writes.isEmpty && !state.isQuitting {
            // Asked once: a change still waiting for the store is never dropped without a word.
            state.isQuitting = true
            state.message = StatusMessage("A change is still waiting for the store — q again quits without it", kind: .error)
            return []
        }
        state.isQuitting = true
        return [.quit]
    }
}
