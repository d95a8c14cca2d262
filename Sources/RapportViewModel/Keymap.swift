/// Where a binding applies. A key is resolved in the focused pane's context, then `list`
/// (shared by every list pane), then `global` — as in lazygit and k9s.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case accounts
    case initiatives
    /// The account detail view, whatever its section.
    case detail
    case overview
    case contacts
    case timeline
    case pipeline
    case metrics
    case list
    case global
    case filter
    case help
    case form
    case confirm

    public var title: String {
        switch self {
        case .accounts: return "Accounts"
        case .initiatives: return "Initiatives"
        case .detail: return "Account detail"
        case .overview: return "Overview"
        case .contacts: return "Contacts"
        case .timeline: return "Timeline"
        case .pipeline: return "Pipeline"
        case .metrics: return "Metrics"
        case .list: return "Lists"
        case .global: return "Global"
        case .filter: return "Filter (while typing)"
        case .help: return "Help"
        case .form: return "Forms"
        case .confirm: return "Questions"
        }
    }
}

/// One binding: keys, the command they give, and the words help shows for it.
public struct KeyBinding: Hashable, Sendable {
    public let keys: [Key]
    public let command: Command
    public let context: KeyContext
    public let help: String
    /// Short label for the status bar; nil keeps the binding out of it.
    public let hint: String?

    public init(_ keys: [Key], _ command: Command, _ context: KeyContext, _ help: String, hint: String? = nil) {
        self.keys = keys
        self.command = command
        self.context = context
        self.help = help
        self.hint = hint
    }

    /// "j ↓" — how the keys are shown.
    public var keyLabel: String { keys.map(\.displayName).joined(separator: " ") }
}

/// Key bindings as data: one source for resolving keys, the help overlay, the status bar and
/// the README's key table.
public struct Keymap: Hashable, Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    public static let standard = Keymap(bindings: [
        KeyBinding([.char("k"), .up], .moveUp, .list, "Move up"),
        KeyBinding([.char("j"), .down], .moveDown, .list, "Move down", hint: "move"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .list, "Page up"),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, .list, "Page down"),
        KeyBinding([.char("g"), .home], .moveToTop, .list, "First row"),
        KeyBinding([.char("G"), .end], .moveToBottom, .list, "Last row"),
        KeyBinding([.char("/")], .openFilter, .accounts, "Filter as you type", hint: "filter"),
        KeyBinding([.char("o")], .cycleSort, .accounts, "Cycle the sort order", hint: "sort"),
        KeyBinding([.escape], .back, .accounts, "Clear the filter"),
        KeyBinding([.enter], .openDetail, .accounts, "Open the account", hint: "open"),
        KeyBinding([.char("n")], .newRecord, .accounts, "New account"),
        KeyBinding([.char("e")], .editRecord, .accounts, "Edit the account"),
        KeyBinding([.char("d")], .deleteRecord, .accounts, "Delete the account"),
        KeyBinding([.char("l")], .logInteraction, .accounts, "Log an interaction", hint: "log"),
        KeyBinding([.char("E")], .editNotesInEditor, .accounts, "Edit the notes in $EDITOR"),
        KeyBinding([.char("M")], .openBookMetrics, .accounts, "The whole book's metrics by period", hint: "book"),
        KeyBinding([.escape], .closeDetail, .detail, "Back to the dashboard", hint: "back"),
        KeyBinding([.char("l")], .logInteraction, .detail, "Log an interaction", hint: "log"),
        KeyBinding([.char("e")], .editRecord, .overview, "Edit the account", hint: "edit"),
        KeyBinding([.char("d")], .deleteRecord, .overview, "Delete the account"),
        KeyBinding([.char("E")], .editNotesInEditor, .overview, "Edit the notes in $EDITOR"),
        KeyBinding([.char("n")], .newRecord, .contacts, "New contact", hint: "new"),
        KeyBinding([.char("e")], .editRecord, .contacts, "Edit the contact", hint: "edit"),
        KeyBinding([.char("d")], .deleteRecord, .contacts, "Delete the contact"),
        KeyBinding([.char("n")], .logInteraction, .timeline, "Log an interaction"),
        KeyBinding([.char("e")], .editRecord, .timeline, "Edit the interaction", hint: "edit"),
        KeyBinding([.char("d")], .deleteRecord, .timeline, "Delete the interaction"),
        KeyBinding([.shiftLeft, .char("<")], .stepPeriod(-1), .metrics, "Previous period", hint: "period"),
        KeyBinding([.shiftRight, .char(">")], .stepPeriod(1), .metrics, "Next period"),
        KeyBinding([.char("[")], .resizePeriod(larger: false), .metrics, "Smaller period (month)"),
        KeyBinding([.char("]")], .resizePeriod(larger: true), .metrics, "Larger period (year)"),
        KeyBinding([.char("T")], .currentPeriod, .metrics, "Back to the current period"),
        KeyBinding([.char("t")], .toggleMetricsTable, .metrics, "Chart or table", hint: "table"),
        KeyBinding([.char("m")], .cycleMetric, .metrics, "Next metric", hint: "metric"),
        KeyBinding([.char("n")], .newRecord, .metrics, "Record a month of a metric"),
        KeyBinding([.char("n")], .newRecord, .pipeline, "New opportunity", hint: "new"),
        KeyBinding([.char("e")], .editRecord, .pipeline, "Edit the opportunity", hint: "edit"),
        KeyBinding([.char("d")], .deleteRecord, .pipeline, "Delete the opportunity"),
        KeyBinding([.char("n")], .newRecord, .initiatives, "New initiative"),
        KeyBinding([.char("e")], .editRecord, .initiatives, "Edit the initiative"),
        KeyBinding([.char("d")], .deleteRecord, .initiatives, "Delete the initiative"),
        KeyBinding([.tab, .right], .nextSection, .detail, "Next section", hint: "section"),
        KeyBinding([.backTab, .left], .previousSection, .detail, "Previous section"),
        KeyBinding([.char("+"), .char("=")], .bumpProgress(5), .initiatives, "Progress +5 points", hint: "progress"),
        KeyBinding([.char("-")], .bumpProgress(-5), .initiatives, "Progress −5 points"),
        KeyBinding([.char("s")], .cycleStatus(forward: true), .initiatives, "Next status", hint: "status"),
        KeyBinding([.char("S")], .cycleStatus(forward: false), .initiatives, "Previous status"),
        KeyBinding([.escape], .focusPrevious, .initiatives, "Back to accounts"),
        KeyBinding([.char("u")], .undo, .global, "Undo the last change"),
        KeyBinding([.ctrl("r")], .redo, .global, "Redo what was undone"),
        KeyBinding([.tab], .focusNext, .global, "Next pane", hint: "pane"),
        KeyBinding([.backTab], .focusPrevious, .global, "Previous pane"),
        KeyBinding([.char("?")], .toggleHelp, .global, "Help", hint: "help"),
        KeyBinding([.char("q"), .ctrl("c")], .quit, .global, "Quit", hint: "quit"),
        KeyBinding([.enter], .filterAccept, .filter, "Keep the filter"),
        KeyBinding([.escape], .filterCancel, .filter, "Clear the filter"),
        KeyBinding([.backspace], .filterDeleteBackward, .filter, "Delete a character"),
        KeyBinding([.ctrl("u")], .filterClear, .filter, "Clear the text"),
        KeyBinding([.up], .moveUp, .filter, "Move up"),
        KeyBinding([.down], .moveDown, .filter, "Move down"),
        KeyBinding([.pageUp], .pageUp, .filter, "Page up"),
        KeyBinding([.pageDown], .pageDown, .filter, "Page down"),
        KeyBinding([.escape, .char("?"), .char("q")], .closeOverlay, .help, "Close help"),
        KeyBinding([.tab, .down], .formKey(.tab), .form, "Next field"),
        KeyBinding([.backTab, .up], .formKey(.backTab), .form, "Previous field"),
        KeyBinding([.left, .right, .char(" ")], .formKey(.right), .form, "Change a choice or toggle"),
        KeyBinding([.enter], .formKey(.enter), .form, "Save"),
        KeyBinding([.escape], .formKey(.escape), .form, "Cancel: nothing is saved"),
        KeyBinding([.char("y"), .enter], .confirmYes, .confirm, "Yes, go ahead"),
        KeyBinding([.char("n"), .escape], .confirmNo, .confirm, "No, keep it"),
    ])

    /// The command for `key` in the state's contexts, most specific first.
    public func command(for key: Key, in state: AppState) -> Command? {
        // A form takes every key itself (its bindings here are for help and the README).
        if state.mode == .form { return .formKey(key) }
        for context in state.keyContexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        // While filtering, any other printable character is text for the filter.
        if state.mode == .filter, case .char(let character) = key { return .filterInput(character) }
        return nil
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] { bindings.filter { $0.context == context } }

    /// The help overlay's sections for what has focus: its own keys, list keys, global keys
    /// (and the filter's, where `/` opens it).
    public func helpSections(for state: AppState) -> [(title: String, bindings: [KeyBinding])] {
        var normal = state
        normal.mode = .normal
        let contexts = normal.keyContexts
        // A key bound in a more specific context hides the same key further down: help shows
        // only what a key really does here.
        var taken = Set<Key>()
        var sections: [(title: String, bindings: [KeyBinding])] = []
        for context in contexts {
            var visible: [KeyBinding] = []
            for binding in bindings(in: context) {
                let keys = binding.keys.filter { !taken.contains($0) }
                if !keys.isEmpty { visible.append(KeyBinding(keys, binding.command, binding.context, binding.help, hint: binding.hint)) }
            }
            for binding in bindings(in: context) { taken.formUnion(binding.keys) }
            if !visible.isEmpty { sections.append((context.title, visible)) }
        }
        if contexts.first == .accounts { sections.append((KeyContext.filter.title, bindings(in: .filter))) }
        return sections
    }

    /// The status bar's key hints for what has focus, most specific first.
    public func hints(for state: AppState) -> [(keys: String, label: String)] {
        // A key a more specific context already uses is not offered again.
        var taken = Set<Key>()
        var hints: [(keys: String, label: String)] = []
        for context in state.keyContexts {
            for binding in bindings(in: context) {
                if let hint = binding.hint, let key = binding.keys.first(where: { !taken.contains($0) }) {
                    hints.append((key.displayName, hint))
                }
            }
            for binding in bindings(in: context) { taken.formUnion(binding.keys) }
        }
        return hints
    }

    /// The README's key table, generated so it can never drift from the bindings.
    public var markdownTable: String {
        var lines = ["| Where | Keys | What it does |", "| --- | --- | --- |"]
        for context in KeyContext.allCases {
            for binding in bindings(in: context) {
                let keys = binding.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
                lines.append("| \(context.title) | \(keys) | \(binding.help) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
