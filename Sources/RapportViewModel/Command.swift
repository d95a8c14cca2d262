/// Everything a user can ask for, named after intent. Keys resolve to commands through the
/// `Keymap`; `ViewModel.perform(_:)` carries them out.
public enum Command: Hashable, Sendable {
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case moveToTop
    case moveToBottom
    case focusNext
    case focusPrevious
    case openFilter
    case filterInput(Character)
    case filterDeleteBackward
    case filterClear
    case filterAccept
    case filterCancel
    case cycleSort
    /// Enter on an account: its detail view.
    case openDetail
    case closeDetail
    /// `M`: the whole book's revenue by period, with its forecast and pipeline.
    case openBookMetrics
    case nextSection
    case previousSection
    case bumpProgress(Int)
    case cycleStatus(forward: Bool)
    /// `n`, `e`, `d`: create, edit or delete the record under the cursor (what kind depends on
    /// where the cursor is).
    case newRecord
    case editRecord
    case deleteRecord
    /// `l`: log a call, email, meeting, review or note for the selected account.
    case logInteraction
    /// `E`: the account's notes in $EDITOR (the runtime hands the terminal over).
    case editNotesInEditor
    /// The editor closed: the text it left, or nil when it failed or nothing was written.
    case editorFinished(String?)
    /// A key typed into the open form.
    case formKey(Key)
    case confirmYes
    case confirmNo
    /// Shift-←/→: the previous or next period in the metrics pane.
    case stepPeriod(Int)
    /// `[` and `]`: a smaller or larger period (month, quarter, year).
    case resizePeriod(larger: Bool)
    /// `T`: back to the period containing today.
    case currentPeriod
    /// `t`: the metrics as a chart or a table.
    case toggleMetricsTable
    /// `m`: the next metric (revenue, units, NPS...).
    case cycleMetric
    /// Undo the latest change (kept in the store, so it works across restarts).
    case undo
    case redo
    case toggleHelp
    case closeOverlay
    /// Esc in normal mode: drop the applied filter.
    case back
    case quit
    /// The runtime tells the view model how many list rows each pane shows, for paging and scrolling.
    case setViewport(accountRows: Int, initiativeRows: Int)
}
