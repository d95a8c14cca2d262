import RapportCore

/// One command of the `:` command line, as data: its name, what its argument is and where Tab
/// finds candidates for it, and the line help shows. The help overlay and completion read this
/// table; a new command (`:import`, `:report`) is a new entry and a new `Action`.
public struct PromptCommand: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case quit
        case sort
        case theme
        case goto
        case help
        case importFile
        case exportFile
        case changes
        case agenda
        case snooze
        case list
        case dump
        case report
        case update
    }

    /// What follows the name, and where Tab completes it from.
    public enum Argument: Hashable, Sendable {
        case none
        /// One of the orders `o` cycles through (`AccountSort`).
        case sortOrder
        /// A theme name, from the names the wiring offers (`AppState.themeNames`).
        case theme
        /// An account name: completed by a store query over the names, not the loaded rows, so
        /// every account of a large book can be reached.
        case account
        /// A file: Tab lists the file system (through an effect: the view model reads nothing).
        case path
        /// An export format (`ExportCommandLine.formats`), then a kind for csv, then a file.
        case exportFormat
        /// A date or a span back from today (`7d`, `2w`); optional.
        case since
        /// A day: 2026-12-24, or anything `DateInput` reads.
        case date
        /// A KPI tile's list (`BookList`).
        case bookList
        /// A file path, optional: no candidates (the shell's completion is not ours to copy).
        case file
    }

    public let action: Action
    public let name: String
    /// Other names that run it (`q` for `quit`); never completed, so Tab offers whole words.
    public let aliases: [String]
    public let argument: Argument
    /// The argument as help names it ("ORDER"); empty when it takes none.
    public let usage: String
    public let help: String

    public init(_ action: Action, _ name: String, aliases: [String] = [], argument: Argument = .none, usage: String, help: String) {
        self.action = action
        self.name = name
        self.aliases = aliases
        self.argument = argument
        self.usage = usage
        self.help = help
    }

    public static let all: [PromptCommand] = [
        PromptCommand(.agenda, "agenda", usage: "", help: "What needs you today, across every account, and why"),
        PromptCommand(.changes, "changes", argument: .since, usage: "[SINCE]", help: "what changed since a date, 7d or 2w (a week ago)"),
        PromptCommand(.dump, "dump", argument: .file, usage: "[FILE]", help: "write the screen as plain text (default \(PromptCommand.defaultDumpFile))"),
        PromptCommand(.exportFile, "export", argument: .exportFormat, usage: "FORMAT [FILE]", help: "json, csv KIND, vcard or ics"),
        PromptCommand(.goto, "goto", argument: .account, usage: "ACCOUNT", help: "select that account"),
        PromptCommand(.help, "help", usage: "", help: "These keys and commands"),
        PromptCommand(.importFile, "import", argument: .path, usage: "FILE", help: "CSV (--kind) or book; asks first"),
        PromptCommand(.list, "list", argument: .bookList, usage: "NAME", help: "at-risk, blocked, late, to-contact or renewals, across the book"),
        PromptCommand(.quit, "quit", aliases: ["q"], usage: "", help: "Quit (asks if a change waits)"),
        PromptCommand(
            .report, "report", argument: .file, usage: "[FILE]",
            help: "write the period's report (the book, or the account open) as Markdown (default rapport-report-PERIOD.md)"),
        PromptCommand(.snooze, "snooze", argument: .date, usage: "DATE", help: "snooze the agenda item until that day"),
        PromptCommand(.sort, "sort", argument: .sortOrder, usage: "ORDER", help: "one of the sorts o cycles"),
        PromptCommand(.theme, "theme", argument: .theme, usage: "NAME", help: "switch to that theme"),
        PromptCommand(
            .update, "update", argument: .file, usage: "[internal|external] [FILE]",
            help: "preview the selected account's stakeholder update; with FILE, write it and record it as sent"),
    ]

    /// Where `:dump` writes when given no file: the working folder.
    public static let defaultDumpFile = "rapport-screen.txt"

    /// Where `:report` writes when given no file: "rapport-report-2026-Q4.md".
    public static func defaultReportFile(for period: Period) -> String { "rapport-report-\(ReportPeriodText.key(of: period)).md" }

    /// Where `U`'s `w` offers to write: "rapport-update-external-2026-12-01.md".
    public static func defaultUpdateFile(audience: UpdateAudience, today: Day) -> String { "rapport-update-\(audience.rawValue)-\(today.iso).md" }

    /// ":q :quit" — how help names it.
    public var keyLabel: String { (aliases + [name]).map { ":" + $0 }.joined(separator: " ") }

    /// "ORDER: name, arr, health or renewal" — what it takes and does.
    public var helpLine: String { usage.isEmpty ? help : "\(usage): \(help)" }

    /// The command `word` names: a name or alias exactly, else the one name it is a prefix of.
    public static func named(_ word: String) -> PromptCommand? {
        let lowered = word.lowercased()
        if let exact = all.first(where: { $0.name == lowered || $0.aliases.contains(lowered) }) { return exact }
        let prefixed = all.filter { $0.name.hasPrefix(lowered) }
        return prefixed.count == 1 && !lowered.isEmpty ? prefixed[0] : nil
    }
}
