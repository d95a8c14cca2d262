/// Where a binding applies. A key is resolved in the contexts the screen shows, most specific
/// first, as in lazygit and k9s; a context that is hidden gets no keys.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case accounts
    case initiatives
    /// Moving between the dashboard's panes.
    case dashboard
    /// The account detail view, whatever its section.
    case detail
    case overview
    case contacts
    case timeline
    case pipeline
    /// An account's metrics section.
    case metrics
    /// Period and metric keys, shared by an account's metrics and the whole book's.
    case periods
    /// The whole book's metrics (`M`).
    case bookMetrics
    case list
    case global
    case filter
    /// The `:` command line.
    case command
    case help
    case form
    /// A form's record changed elsewhere while it was open.
    case conflict
    case confirm
    /// A contact, interaction or initiative read in full.
    case reading
    /// The terminal is too small for anything but the notice that says so.
    case tooSmall
    /// Straight after a progress or status change, until the next key.
    case justChanged
    /// An initiative read in full: its milestones.
    case initiativeReading
    /// What changed across the book (`w`).
    case changes
    /// A report or stakeholder update previewed (`R`, `U`).
    case preview
    /// The agenda pane.
    case agenda
    /// The agenda's "snooze for how long?" choice.
    case snooze
    /// The KPI strip, focused with `K`.
    case kpis

    /// A form and the command line take every key as typed text or editing; their bindings are
    /// there for help and hints, and cannot be changed in the config.
    public var readsEveryKey: Bool { self == .form || self == .command }

    public var title: String {
        switch self {
        case .accounts: return "Accounts"
        case .initiatives: return "Initiatives"
        case .dashboard: return "Dashboard"
        case .detail: return "Account detail"
        case .overview: return "Overview"
        case .contacts: return "Contacts"
        case .timeline: return "Timeline"
        case .pipeline: return "Pipeline"
        case .metrics: return "Metrics"
        case .periods: return "Periods"
        case .bookMetrics: return "Whole book"
        case .list: return "Lists"
        case .global: return "Global"
        case .filter: return "Filter (while typing)"
        case .command: return "Command line (:)"
        case .help: return "Help"
        case .form: return "Forms"
        case .conflict: return "Changed elsewhere"
        case .confirm: return "Questions"
        case .reading: return "Reading a record"
        case .tooSmall: return "Terminal too small"
        case .justChanged: return "Straight after a progress or status change"
        case .initiativeReading: return "Reading an initiative: milestones"
        case .changes: return "What changed"
        case .preview: return "Report and update previews"
        case .agenda: return "Agenda"
        case .snooze: return "Snoozing an agenda item"
        case .kpis: return "KPI strip"
        }
    }
}
