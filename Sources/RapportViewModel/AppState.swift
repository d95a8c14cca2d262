import RapportCore

/// The whole state of the dashboard as one value. Only the `ViewModel` changes it; the screen
/// renders it as a pure function.
public struct AppState: Equatable, Sendable {
    public var storeName: String
    public var today: Day
    public var calendar: FiscalCalendar

    /// Every account in the book, in store order.
    public var overviews: [AccountOverview]
    /// Indices into `overviews`: the filtered, sorted rows the accounts pane shows.
    public var visibleRows: [Int]
    public var sort: AccountSort
    /// The filter being typed (mode `.filter`) or applied (mode `.normal`); empty for none.
    public var filterQuery: String
    /// For filtered rows found through other text: where ("contact Ada Lovelace").
    public var filterMatches: [Int64: String]

    public var mode: Mode
    public var focus: Pane
    public var accountsList: ListPosition
    public var initiativesList: ListPosition
    public var viewport: Viewport

    /// The selected account's initiatives, soonest due first.
    public var initiatives: [Initiative]
    public var revenueTrend: RevenueTrend?
    public var kpis: PortfolioKPIs

    /// The account detail view, when open; the dashboard otherwise.
    public var detail: AccountDetail?
    /// The form being filled in, in mode `.form`.
    public var edit: EditSession?
    /// The question being asked, in mode `.confirm`.
    public var confirmation: Confirmation?
    /// Text the runtime should open in the user's editor; set by `E`, cleared when it returns.
    public var editorRequest: EditorRequest?
    /// The period the metrics pane shows (today's quarter until the user steps).
    public var period: Period
    /// The metrics pane shows its numbers as a table rather than a chart.
    public var metricsAsTable: Bool

    public var message: StatusMessage?
    public var shouldQuit: Bool

    public init(storeName: String, today: Day, calendar: FiscalCalendar) {
        self.storeName = storeName
        self.today = today
        self.calendar = calendar
        overviews = []
        visibleRows = []
        sort = .name
        filterQuery = ""
        filterMatches = [:]
        mode = .normal
        focus = .accounts
        accountsList = ListPosition()
        initiativesList = ListPosition()
        viewport = Viewport(accountRows: 10, initiativeRows: 5)
        initiatives = []
        revenueTrend = nil
        kpis = PortfolioKPIs(overviews: [], today: today, calendar: calendar)
        detail = nil
        edit = nil
        confirmation = nil
        editorRequest = nil
        period = Period(size: .quarter, containing: today.yearMonth, calendar: calendar)
        metricsAsTable = false
        message = nil
        shouldQuit = false
    }

    /// Where keys are looked up, most specific first (as lazygit and k9s do).
    public var keyContexts: [KeyContext] {
        switch mode {
        case .help: return [.help]
        case .filter: return [.filter]
        case .form: return [.form]
        case .confirm: return [.confirm]
        case .normal:
            if let detail {
                let section: KeyContext
                switch detail.section {
                case .overview: section = .overview
                case .contacts: section = .contacts
                case .timeline: section = .timeline
                case .initiatives: section = .initiatives
                case .pipeline: section = .pipeline
                case .metrics: section = .metrics
                }
                return [.detail, section, .list, .global]
            }
            return [focus == .accounts ? .accounts : .initiatives, .list, .global]
        }
    }

    /// What the help overlay is about: the detail section, or the focused pane.
    public var helpTitle: String {
        if let detail { return "\(detail.section.title) · account" }
        return focus.title
    }

    /// The account under the cursor, if any row is visible.
    public var selectedOverview: AccountOverview? {
        guard accountsList.selected < visibleRows.count else { return nil }
        return overviews[visibleRows[accountsList.selected]]
    }

    public var selectedInitiative: Initiative? {
        guard initiativesList.selected < initiatives.count else { return nil }
        return initiatives[initiativesList.selected]
    }

    public var isBookEmpty: Bool { overviews.isEmpty }
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

public enum Mode: Hashable, Sendable {
    case normal
    /// Typing a filter in the accounts pane.
    case filter
    case help
    /// A form is open (`edit` holds it).
    case form
    /// A yes/no question is asked (`confirmation` holds it).
    case confirm
}

/// A list's cursor and the first row on screen.
public struct ListPosition: Hashable, Sendable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the cursor to `index` (clamped to `count`) and scrolls just enough to show it.
    public func moving(to index: Int, count: Int, visibleRows: Int) -> ListPosition {
        guard count > 0 else { return ListPosition() }
        let selected = min(max(0, index), count - 1)
        let rows = max(1, visibleRows)
        var offset = min(self.offset, max(0, count - rows))
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        return ListPosition(selected: selected, offset: max(0, offset))
    }
}

public struct Viewport: Hashable, Sendable {
    public var accountRows: Int
    public var initiativeRows: Int

    public init(accountRows: Int, initiativeRows: Int) {
        self.accountRows = accountRows
        self.initiativeRows = initiativeRows
    }
}

public enum AccountSort: String, CaseIterable, Hashable, Sendable {
    case name
    case arr
    case health
    case renewal

    public var label: String {
        switch self {
        case .name: return "name"
        case .arr: return "ARR ↓"
        case .health: return "health ↑"
        case .renewal: return "renewal"
        }
    }

    public var next: AccountSort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info
        case success
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

/// Notes to open in $EDITOR, and whose they are.
public struct EditorRequest: Hashable, Sendable {
    public let accountID: Int64
    public let text: String
    /// Shown in the status bar while the editor runs, and used to name the temporary file.
    public let title: String

    public init(accountID: Int64, text: String, title: String) {
        self.accountID = accountID
        self.text = text
        self.title = title
    }
}
