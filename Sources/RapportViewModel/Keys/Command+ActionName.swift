extension Command {
    /// The name a config file's `[keys]` table uses for the binding that gives this command:
    /// `accounts.filter = "f"`. Stable, lower-case words joined by '-', so the bindings in
    /// `Keymap+Standard.swift` need no names of their own; unique within each context (a test
    /// checks). Nil for what no binding gives: text typed into the filter.
    public var actionName: String? {
        switch self {
        case .moveUp: return "up"
        case .moveDown: return "down"
        case .pageUp: return "page-up"
        case .pageDown: return "page-down"
        case .moveToTop: return "top"
        case .moveToBottom: return "bottom"
        case .focusNext: return "next-pane"
        case .focusPrevious: return "previous-pane"
        case .openFilter: return "filter"
        case .filterInput: return nil
        case .filterDeleteBackward: return "delete-char"
        case .filterClear: return "clear-text"
        case .filterAccept: return "accept"
        case .filterCancel: return "cancel"
        case .clearFilter: return "clear-filter"
        case .cycleSort: return "sort"
        case .openDetail: return "open"
        case .openRecord: return "read"
        case .closeDetail: return "back"
        case .openBookMetrics: return "book-metrics"
        case .nextSection: return "next-section"
        case .previousSection: return "previous-section"
        case .bumpProgress(let points): return points >= 0 ? "progress-up" : "progress-down"
        case .cycleStatus(let forward): return forward ? "next-status" : "previous-status"
        case .noteChange: return "note-change"
        case .selectMilestone(let forward): return forward ? "next-milestone" : "previous-milestone"
        case .toggleMilestone: return "toggle-milestone"
        case .editMilestone: return "edit-milestone"
        case .editStakeholders: return "stakeholders"
        case .openChanges: return "what-changed"
        case .previewReport: return "report"
        case .previewUpdate: return "stakeholder-update"
        case .writePreview: return "write"
        case .toggleUpdateAudience: return "audience"
        case .newRecord: return "new"
        case .editRecord: return "edit"
        case .deleteRecord: return "delete"
        case .logInteraction: return "log"
        case .editNotesInEditor: return "edit-notes"
        case .formKey(let key): return Self.formActionName(key)
        case .confirmYes: return "yes"
        case .confirmNo: return "no"
        case .conflictOverwrite: return "overwrite"
        case .conflictReload: return "reload"
        case .conflictKeepEditing: return "keep-editing"
        case .stepPeriod(let step): return step >= 0 ? "next-period" : "previous-period"
        case .resizePeriod(let larger): return larger ? "larger-period" : "smaller-period"
        case .currentPeriod: return "current-period"
        case .toggleMetricsTable: return "table"
        case .cycleMetric: return "next-metric"
        case .cycleForecastMethod: return "forecast-method"
        case .undo: return "undo"
        case .redo: return "redo"
        case .toggleHelp: return "help"
        case .closeOverlay: return "close"
        case .quit: return "quit"
        case .redraw: return "redraw"
        case .suspend: return "suspend"
        case .openAgenda: return "agenda"
        case .closeAgenda: return "back"
        case .jumpToAgendaItem: return "open"
        case .markAgendaItemDone: return "done"
        case .chooseAgendaSnooze: return "snooze"
        case .snoozeAgendaItem(let days): return days >= 7 ? "a-week" : "a-day"
        case .closeAgendaChoice: return "cancel"
        case .explainAgendaItem: return "explain"
        case .focusKPIs: return "kpis"
        case .stepKPI(let step): return step >= 0 ? "next-figure" : "previous-figure"
        case .openKPIList: return "open"
        case .unfocusKPIs: return "back"
        case .openCommandLine: return "command-line"
        case .commandKey(let key): return Self.commandLineActionName(key)
        }
    }

    /// The command line's bindings, named for what they do there; it reads every key itself.
    private static func commandLineActionName(_ key: Key) -> String {
        switch key {
        case .enter: return "run"
        case .tab: return "complete"
        case .up, .down: return "history"
        case .escape: return "cancel"
        default: return "key-\(key.displayName.lowercased())"
        }
    }

    /// A form's bindings are named for what they do in the form; the form itself reads every key.
    private static func formActionName(_ key: Key) -> String {
        switch key {
        case .tab: return "next-field"
        case .backTab: return "previous-field"
        case .right: return "change"
        case .enter: return "save"
        case .escape: return "cancel"
        default: return "key-\(key.displayName.lowercased())"
        }
    }
}
