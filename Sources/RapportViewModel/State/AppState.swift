import RapportCore
import RapportForecast
import RapportStore

/// Everything that decides what is drawn, as one value. Only the `ViewModel` changes it; the
/// screen renders it as a pure function.
public struct AppState: Equatable, Sendable {
    public var storeName: String
    public var today: Day
    public var calendar: FiscalCalendar
    public var screen: ScreenSize
    public var accounts: AccountList
    public var focused: FocusedAccount
    public var kpis: PortfolioKPIs
    /// The dashboard pane with the keyboard.
    public var pane: Pane
    /// The detail view, when open; the dashboard otherwise.
    public var detail: DetailModel?
    /// The period the metrics show (today's quarter until the user steps), kept across views.
    public var period: Period
    /// The metrics as a table rather than a chart.
    public var metricsAsTable: Bool
    /// The forecast method chosen for each metric with `F` (absent: automatic), kept while
    /// the dashboard runs, across accounts and the whole book.
    public var forecastMethods: [String: ModelSelection]
    public var overlay: Overlay?
    /// The notes handed to $EDITOR, until it returns: the save compares against this account.
    public var editing: EditorRequest?
    public var writes: PendingWrites
    /// The store failed its integrity check: it is read-only.
    public var readOnlyReason: String?
    /// The status bar's message; every one set is kept in `messageLog` as well.
    public var message: StatusMessage? {
        didSet { if let message, message != oldValue { messageLog.append(message) } }
    }
    public var messageLog: MessageLog
    /// How far help or a read view is scrolled.
    public var overlayScroll: OverlayScroll
    public var isQuitting: Bool
    /// The `:` command line, while it is open.
    public var prompt: CommandPrompt?
    public var commandHistory: CommandHistory
    /// The themes `:theme` offers to complete (the wiring lists them; the view model reads no files).
    public var themeNames: [String]
    /// The progress or status change this window just made, which `n` can add a note to
    /// until the next key; and the write that will make one, while the store applies it.
    public var noteableChange: NoteableChange?
    public var noteableWriteID: Int?
    /// The milestones, stakeholders and history of the initiative a read view shows.
    public var initiativePlan: InitiativePlan?
    /// The agenda pane, while it is open (drawn in place of the dashboard's panes).
    public var agenda: AgendaModel?
    /// `[agenda]` in the config file (the wiring hands them over; the view model reads no files).
    public var agendaCoefficients: AgendaCoefficients
    /// `K`: the KPI figure with the keys, while the strip has them.
    public var kpiFocus: BookList?

    public init(storeName: String, today: Day, calendar: FiscalCalendar, screen: ScreenSize = ScreenSize(width: 120, height: 40)) {
        self.storeName = storeName
        self.today = today
        self.calendar = calendar
        self.screen = screen
        accounts = AccountList(screenRows: Self.mostListRows(on: screen))
        focused = FocusedAccount()
        kpis = PortfolioKPIs(overviews: [], today: today, calendar: calendar)
        pane = .accounts
        detail = nil
        period = Period(size: .quarter, containing: today.yearMonth, calendar: calendar)
        metricsAsTable = false
        forecastMethods = [:]
        overlay = nil
        editing = nil
        writes = PendingWrites()
        readOnlyReason = nil
        messageLog = MessageLog()
        message = nil
        overlayScroll = OverlayScroll()
        isQuitting = false
        prompt = nil
        commandHistory = CommandHistory()
        themeNames = []
        noteableChange = nil
        noteableWriteID = nil
        initiativePlan = nil
        agenda = nil
        agendaCoefficients = .standard
        kpiFocus = nil
    }

    /// The most rows the accounts list shows on a screen this size (with no filter line): what a
    /// page is sized by.
    static func mostListRows(on screen: ScreenSize) -> Int {
        DashboardGeometry(size: screen).accountRows(showsFilterLine: false)
    }

    public var geometry: DashboardGeometry { DashboardGeometry(size: screen) }

    /// The book holds no account at all (not a search that found none).
    public var isBookEmpty: Bool { accounts.isLoaded && kpis.accountCount == 0 }

    /// Where keys are looked up, most specific first: only what the screen shows gets keys.
    public var keyContexts: [KeyContext] {
        let shown = screenKeyContexts
        // Straight after a progress or status change, on the screen that made it, `n` notes it.
        guard noteableChange != nil, shown.contains(.global), !shown.contains(.bookMetrics) else { return shown }
        return [.justChanged] + shown
    }

    private var screenKeyContexts: [KeyContext] {
        guard geometry.fits else { return [.tooSmall] }
        switch overlay {
        case .help: return [.help]
        case .form(let session): return session.conflict == nil ? [.form] : [.conflict]
        case .confirm: return [.confirm]
        // y and n answer it; the read view's keys scroll its list.
        case .importReview: return [.confirm, .reading]
        case .reading(let reading): return reading.kind == .initiative ? [.initiativeReading, .reading] : [.reading]
        case .changes: return [.changes]
        // w and a act on it; the read view's keys scroll it.
        case .preview: return [.preview, .reading]
        case nil: break
        }
        if prompt != nil { return [.command] }
        if let agenda, detail == nil { return agenda.isChoosingSnooze ? [.snooze] : [.agenda, .list, .global] }
        if kpiFocus != nil, detail == nil { return [.kpis, .global] }
        if accounts.isTyping { return [.filter] }
        if let detail {
            if detail.isBook { return [.bookMetrics, .periods, .global] }
            // The detail's own keys (Esc, l, Tab) come first: they mean the same in every section.
            switch detail.section {
            case .overview: return [.detail, .overview, .global]
            case .contacts: return [.detail, .contacts, .list, .global]
            case .timeline: return [.detail, .timeline, .list, .global]
            case .initiatives: return [.detail, .initiatives, .list, .global]
            case .pipeline: return [.detail, .pipeline, .list, .global]
            case .metrics: return [.detail, .metrics, .periods, .global]
            }
        }
        return [pane == .accounts ? .accounts : .initiatives, .list, .dashboard, .global]
    }

    /// The contexts of what is under any overlay, for the help overlay's sections.
    public var underlyingKeyContexts: [KeyContext] {
        var state = self
        state.overlay = nil
        state.accounts.isTyping = false
        state.prompt = nil
        return state.keyContexts
    }

    /// What the help overlay is about: the detail section, or the focused pane.
    public var helpTitle: String {
        if let detail { return detail.isBook ? "Whole book" : "\(detail.section.title) · account" }
        if let agenda { return agenda.list?.title ?? "Agenda" }
        if kpiFocus != nil { return "KPI strip" }
        return pane.title
    }

    /// The initiative under the cursor, on the dashboard or in the detail view.
    public var selectedInitiative: Initiative? {
        if let detail { return detail.isBook ? nil : detail.selectedInitiative }
        return focused.selectedInitiative
    }
}

public enum Pane: String, CaseIterable, Hashable, Sendable {
    case accounts
    case initiatives

    public var title: String {
        switch self {
        case .accounts: return "Accounts"
        case .initiatives: return "Initiatives"
        }
    }
}

extension AppState {
    /// The forecast method chosen for `metric`; automatic unless the user picked another.
    public func forecastMethod(for metric: String) -> ModelSelection { forecastMethods[metric] ?? .automatic }
}
