import RapportCore
import RapportStore

/// The `:` command line: typing, Tab completion, the history, and running what was typed.
extension ViewModel {
    /// How many account names Tab asks the store for: more would not fit on the line above.
    static let accountCandidateLimit = 8

    mutating func commandLineKey(_ key: Key) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .escape, .ctrl("c"):
            state.prompt = nil
        case .backspace where prompt.text.isEmpty:
            // As in vim: Backspace on an empty line leaves it.
            state.prompt = nil
        case .enter:
            state.prompt = nil
            let line = prompt.text.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { return [] }
            state.commandHistory.add(line)
            return runCommandLine(prompt)
        case .tab:
            return completeCommandLine()
        case .up, .down:
            walkHistory(older: key == .up)
        default:
            if prompt.field.apply(key) == .applied {
                prompt.candidates = []
                prompt.noMatch = false
                prompt.historyIndex = nil
            }
            state.prompt = prompt
        }
        return []
    }

    // MARK: Running

    private mutating func runCommandLine(_ prompt: CommandPrompt) -> [Effect] {
        let (word, argument, _) = prompt.parts
        guard let command = PromptCommand.named(word) else {
            state.message = StatusMessage("Unknown command ':\(word)' — :help lists them", kind: .error)
            return []
        }
        if command.argument == .none, !argument.isEmpty {
            state.message = StatusMessage(":\(command.name) takes nothing after it — :help lists the commands", kind: .error)
            return []
        }
        switch command.action {
        case .quit:
            return perform(.quit)
        case .help:
            state.overlay = .help
            return []
        case .sort:
            let lowered = argument.lowercased()
            let orders = AccountSort.allCases.filter { !lowered.isEmpty && $0.rawValue.hasPrefix(lowered) }
            guard orders.count == 1 else {
                let names = AccountSort.allCases.map(\.rawValue).joined(separator: ", ")
                let problem = argument.isEmpty ? ":sort needs an order" : "No single order starts with “\(argument)”"
                state.message = StatusMessage("\(problem) — one of \(names)", kind: .error)
                return []
            }
            return sort(by: orders[0])
        case .theme:
            guard !argument.isEmpty else {
                let names = state.themeNames.isEmpty ? "" : " — one of \(state.themeNames.joined(separator: ", "))"
                state.message = StatusMessage(":theme needs a theme name\(names)", kind: .error)
                return []
            }
            return [.loadTheme(argument)]
        case .changes:
            switch ChangesView.sinceDay(argument, today: state.today) {
            case .success(let day): return openChanges(since: day)
            case .failure(let problem):
                state.message = StatusMessage(":changes: \(problem)", kind: .error)
                return []
            }
        case .goto:
            guard !argument.isEmpty else {
                state.message = StatusMessage(":goto needs an account name (Tab completes it)", kind: .error)
                return []
            }
            return [.load(.accountNamed(argument))]
        case .importFile: return startImport(argument)
        case .exportFile: return startExport(argument)
        case .agenda:
            return openAgenda()
        case .list:
            let lowered = argument.lowercased()
            let lists = BookList.allCases.filter { !lowered.isEmpty && $0.rawValue.hasPrefix(lowered) }
            guard lists.count == 1 else {
                let names = BookList.allCases.map(\.rawValue).joined(separator: ", ")
                state.message = StatusMessage(":list needs one of \(names)", kind: .error)
                return []
            }
            return openList(lists[0])
        case .snooze:
            guard state.agenda?.selectedItem != nil else {
                state.message = StatusMessage(":snooze works on the agenda's selected item — a opens the agenda", kind: .error)
                return []
            }
            switch DateInput.parse(argument, today: state.today) {
            case .success(let day): return snoozeSelected(until: day)
            case .failure:
                state.message = StatusMessage(":snooze needs a day such as \(DateInput.acceptedForms)", kind: .error)
                return []
            }
        case .dump:
            return [.dumpScreen(path: argument.isEmpty ? PromptCommand.defaultDumpFile : argument)]
        case .report:
            var accountID: Int64?
            if case .account(let id)? = state.detail?.scope { accountID = id }
            let path = argument.isEmpty ? PromptCommand.defaultReportFile(for: state.period) : argument
            return [.writeReport(ReportRequest(period: state.period, accountID: accountID, today: state.today, path: path))]
        case .update:
            return runUpdateCommand(argument)
        }
    }

    /// `:goto`'s answer: the account selected in the whole list (a filter that hides it is
    /// cleared, the detail view closed), or one line saying nothing matched.
    mutating func goToAccount(named name: String, match: AccountNameMatch?) -> [Effect] {
        guard let match else {
            state.message = StatusMessage("No account is named like “\(name)”", kind: .info)
            return []
        }
        state.detail = nil
        state.pane = .accounts
        state.accounts.isTyping = false
        state.accounts.search = ""
        state.message = StatusMessage("Went to \(match.name)", kind: .info)
        return [.load(.accountPage(state.accounts.request(.around(accountID: match.id))))]
    }

    // MARK: Completion

    private mutating func completeCommandLine() -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        let (word, argument, hasArgument) = prompt.parts
        guard hasArgument else {
            let result = Completion.complete(word, among: PromptCommand.all.map(\.name))
            if result.isUnique, let command = PromptCommand.named(result.word) {
                prompt.replaceText(command.name + (command.argument == .none ? "" : " "))
            } else {
                prompt.replaceText(result.word)
                prompt.candidates = result.candidates
                prompt.noMatch = result.candidates.isEmpty
            }
            state.prompt = prompt
            return []
        }
        guard let command = PromptCommand.named(word) else {
            prompt.noMatch = true
            state.prompt = prompt
            return []
        }
        switch command.argument {
        case .none, .file: return []
        case .sortOrder: completeArgument(argument, of: command, among: AccountSort.allCases.map(\.rawValue))
        case .theme: completeArgument(argument, of: command, among: state.themeNames)
        case .since: completeArgument(argument, of: command, among: ["7d", "2w", "4w"])
        case .account: return [.load(.accountNames(prefix: argument, limit: Self.accountCandidateLimit))]
        case .path: return completePath(argument)
        case .exportFormat: completeExport(argument, of: command)
        case .date: return []
        case .bookList: completeArgument(argument, of: command, among: BookList.allCases.map(\.rawValue))
        }
        return []
    }

    /// Puts the completed argument in the line, or the candidates above it.
    mutating func completeArgument(_ argument: String, of command: PromptCommand, among options: [String]) {
        guard var prompt = state.prompt else { return }
        let result = Completion.complete(argument, among: options)
        prompt.replaceText("\(command.name) \(result.word)")
        prompt.candidates = result.candidates
        prompt.noMatch = !result.isUnique && result.candidates.isEmpty
        state.prompt = prompt
    }

    /// The store's account names for a `:goto` Tab, if the line still asks for them.
    mutating func receiveAccountNames(_ names: [String], prefix: String) {
        guard let prompt = state.prompt, PromptCommand.named(prompt.parts.word)?.action == .goto, prompt.parts.argument == prefix else { return }
        completeArgument(prefix, of: PromptCommand.named(prompt.parts.word) ?? PromptCommand.all[0], among: names)
    }

    // MARK: History

    private mutating func walkHistory(older: Bool) {
        guard var prompt = state.prompt else { return }
        let entries = state.commandHistory.entries
        if older {
            let next = (prompt.historyIndex ?? -1) + 1
            guard next < entries.count else { return }
            if prompt.historyIndex == nil { prompt.draft = prompt.text }
            prompt.replaceText(entries[next])
            prompt.historyIndex = next
        } else {
            guard let index = prompt.historyIndex else { return }
            prompt.replaceText(index == 0 ? prompt.draft : entries[index - 1])
            prompt.historyIndex = index == 0 ? nil : index - 1
        }
        state.prompt = prompt
    }
}
