import RapportCore
import RapportStore

/// A report to write: the period, the account (nil for the book), the day, the file.
public struct ReportRequest: Hashable, Sendable {
    public let period: Period
    public let accountID: Int64?
    public let today: Day
    public let path: String

    public init(period: Period, accountID: Int64?, today: Day, path: String) {
        self.period = period
        self.accountID = accountID
        self.today = today
        self.path = path
    }
}

/// What the view model asks the event loop to do: it does no I/O itself.
public enum Effect: Hashable, Sendable {
    /// Read from the store; the reply comes back as `.loaded`.
    case load(StoreQuery)
    /// Apply an intent to the stored rows; the outcome comes back as `.written` with this id.
    case write(id: Int, StoreIntent)
    /// Hand the terminal to $EDITOR with the account's notes; `.editorFinished` follows.
    case openEditor(EditorRequest)
    /// `:theme NAME`: load that theme and draw with it; `.themeLoaded` follows.
    case loadTheme(String)
    /// `:import` / `:export` work with a file; `.importPlanned`, `.exported` or `.pathsListed` follows.
    case files(FileWork)
    /// `:dump`: write the frame on screen as plain text to `path`; `.screenDumped` follows.
    case dumpScreen(path: String)
    /// `:report`: read the report's figures, render it as Markdown and write it; `.reportWritten` follows.
    case writeReport(ReportRequest)
    /// `:update … FILE`: read and render the update as Markdown and write it; `.updateWritten` follows.
    case writeUpdate(UpdateRequest)
    /// Leave: the loop restores the terminal and closes the store.
    case quit
}

/// What happens to the view model: keys, replies from the store and the world.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// A click or the wheel, with the top row of each list as the last frame drew it.
    case mouse(MouseEvent, shown: ShownLists)
    case command(Command)
    /// The terminal's size, at start and on every resize.
    case resized(ScreenSize)
    case loaded(StoreQuery, Result<StoreReply, StoreError>)
    case written(id: Int, Result<WriteOutcome, StoreError>)
    /// A write found the store locked by another program and is waiting.
    case writeWaiting(id: Int)
    /// Another program changed the store.
    case changedElsewhere
    /// The integrity check the dashboard put off after its first frame: nil when sound.
    case integrityChecked(problem: String?)
    /// Stored summaries were recomputed for today.
    case summariesRefreshed
    /// Work the store does in the background failed (the summaries stay as they were).
    case backgroundFailure(StoreError)
    /// The editor closed: the text it left, or nil when it failed or nothing was written.
    case editorFinished(String?)
    /// What the last frame measured of the open help or read view, for scrolling it.
    case overlayMeasured(OverlayMeasure)
    /// The theme `.loadTheme` asked for is in use, or why not (the current theme stays).
    case themeLoaded(name: String, error: String?)
    /// The import `:import` asked for, worked out and not written; or why it cannot be.
    case importPlanned(path: String, Result<ImportProposal, FileWorkFailure>)
    /// The export `:export` asked for is written at `path`, or why not.
    case exported(path: String, error: String?)
    /// The paths Tab asked for (`FileWork.listPaths`).
    case pathsListed(prefix: String, [String])
    /// The screen was written to `path` by `:dump`, or why not.
    case screenDumped(path: String, error: String?)
    /// The report `:report` asked for was written to `path`, or why not.
    case reportWritten(path: String, error: String?)
    /// The update was written (covering from `coveredSince`), or why not.
    case updateWritten(UpdateRequest, coveredSince: Day?, error: String?)
}
