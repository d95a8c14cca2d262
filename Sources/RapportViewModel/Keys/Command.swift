/// Everything a user can ask for, named after intent. Keys resolve to commands through the
/// `Keymap`; the view model carries them out.
public enum Command: Hashable, Sendable {
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case moveToTop
    case moveToBottom
    /// Tab and Shift-Tab between the dashboard's panes.
    case focusNext
    case focusPrevious
    case openFilter
    case filterInput(Character)
    case filterDeleteBackward
    case filterClear
    case filterAccept
    case filterCancel
    /// Esc on the accounts list: drop the applied filter.
    case clearFilter
    case cycleSort
    /// Enter on an account: its detail view.
    case openDetail
    case closeDetail
    /// Enter on a contact, interaction or initiative: the record in full.
    case openRecord
    /// `M`: the whole book's metrics by period.
    case openBookMetrics
    case nextSection
    case previousSection
    case bumpProgress(Int)
    case cycleStatus(forward: Bool)
    /// `n` straight after a progress or status change: a note on it.
    case noteChange
    /// In an initiative's read view: the next or previous milestone, tick one off (or reopen
    /// it), edit it. `n` and `d` add and delete one.
    case selectMilestone(forward: Bool)
    case toggleMilestone
    case editMilestone
    /// In an initiative's read view: pick its stakeholders among the account's contacts.
    case editStakeholders
    /// `w`: what changed across the book in the last week.
    case openChanges
    /// `R`: the period's report previewed; `U`: the selected account's stakeholder update.
    case previewReport
    case previewUpdate
    /// In a preview: write it to a file (the command line opens holding the default file).
    case writePreview
    /// In an update's preview: the other audience (internal or external).
    case toggleUpdateAudience
    /// `n`, `e`, `d`: create, edit or delete the record under the cursor (what kind depends on
    /// where the cursor is).
    case newRecord
    case editRecord
    case deleteRecord
    /// `l`: log a call, email, meeting, review or note for the selected account.
    case logInteraction
    /// `E`: the account's notes in $EDITOR.
    case editNotesInEditor
    /// A key typed into the open form.
    case formKey(Key)
    case confirmYes
    case confirmNo
    /// A form's record changed elsewhere: save over it, take what is stored, or go back to the form.
    case conflictOverwrite
    case conflictReload
    case conflictKeepEditing
    /// Shift-←/→: the previous or next period.
    case stepPeriod(Int)
    /// `[` and `]`: a smaller or larger period (month, quarter, year).
    case resizePeriod(larger: Bool)
    /// `T`: back to the period containing today.
    case currentPeriod
    /// `t`: the metrics as a chart or a table.
    case toggleMetricsTable
    /// `m`: the next metric (revenue, units, NPS...).
    case cycleMetric
    /// `F`: the next forecast method for this metric (automatic, ETS, Theta, seasonal naive…).
    case cycleForecastMethod
    /// Undo this window's latest change.
    case undo
    case redo
    case toggleHelp
    /// Ctrl-L: draw the whole screen again (after another program wrote over it). The event
    /// loop does it, in any context, forms included; the binding is here for help and config.
    case redraw
    /// Ctrl-Z: stop and go back to the shell; `fg` brings the dashboard back. Done by the loop
    /// like `.redraw`.
    case suspend
    /// `:`: the command line.
    case openCommandLine
    /// A key typed into the open command line.
    case commandKey(Key)
    case closeOverlay
    case quit
    /// `a`: the agenda, one ranked queue of what needs the manager across every account.
    case openAgenda
    case closeAgenda
    /// Enter on an agenda item: its account, and the initiative or contact it is about.
    case jumpToAgendaItem
    /// `x`: done (a follow-up moves to the next one by the cadence).
    case markAgendaItemDone
    /// `z`: asks how long to snooze; then a day or a week.
    case chooseAgendaSnooze
    case snoozeAgendaItem(days: Int)
    case closeAgendaChoice
    /// `i`: the selected item's score, term by term.
    case explainAgendaItem
    /// `K`: the KPI strip takes the keys; ←/→ between the figures that open a list.
    case focusKPIs
    case stepKPI(Int)
    /// Enter on a KPI figure: the initiatives or accounts behind it, across the book.
    case openKPIList
    case unfocusKPIs
}
