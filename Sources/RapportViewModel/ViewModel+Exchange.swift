import RapportCore
import RapportStore

/// `:import` and `:export`: the file work is asked of the event loop (`FileWork`), its answer
/// comes back as an event; an import is shown (`ImportReview`) before `y` writes it through the
/// store like any change, so `u` undoes it whole.
extension ViewModel {
    mutating func startImport(_ argument: String) -> [Effect] {
        switch FileArguments.importing(argument) {
        case .failure(let failure):
            state.message = StatusMessage(failure.message, kind: .error)
            return []
        case .success(let (path, kind)):
            state.message = StatusMessage("Reading \(path)…", kind: .info)
            return [.files(.planImport(path: path, kind: kind))]
        }
    }

    mutating func startExport(_ argument: String) -> [Effect] {
        switch FileArguments.exporting(argument) {
        case .failure(let failure):
            state.message = StatusMessage(failure.message, kind: .error)
            return []
        case .success(let (choice, path)):
            let target = path ?? choice.defaultFileName(today: state.today)
            state.message = StatusMessage("Exporting to \(target)…", kind: .info)
            return [.files(.export(choice, path: target))]
        }
    }

    /// The dry run came back: shown for `y` or `n`, or one line saying why there is none.
    mutating func reviewImport(path: String, _ result: Result<ImportProposal, FileWorkFailure>) -> [Effect] {
        switch result {
        case .failure(let failure):
            state.message = StatusMessage("Not imported: \(failure.message)", kind: .error)
        case .success(let proposal) where proposal.intent == nil && proposal.problems.isEmpty:
            state.message = StatusMessage("Nothing to import: every record of \(proposal.file) matches what is stored", kind: .info)
        case .success(let proposal):
            // A form or question that opened meanwhile is not replaced.
            guard state.overlay == nil else { return [] }
            state.prompt = nil
            state.overlay = .importReview(ImportReview(proposal))
            state.overlayScroll = OverlayScroll()
            state.message = nil
        }
        return []
    }

    mutating func confirmImport(_ review: ImportReview) -> [Effect] {
        state.overlay = nil
        guard let intent = review.proposal.intent else {
            state.message = StatusMessage("Nothing imported: no row of \(review.proposal.file) can be", kind: .info)
            return []
        }
        return submit(intent, describing: "import")
    }

    mutating func cancelImport() -> [Effect] {
        guard case .importReview(let review) = state.overlay else { return [] }
        state.overlay = nil
        state.message = StatusMessage("Nothing imported from \(review.proposal.file)", kind: .info)
        return []
    }

    // MARK: Completion

    /// Tab after `:import `: the file system's paths, asked of the event loop.
    func completePath(_ argument: String) -> [Effect] {
        guard !argument.contains("--kind") else { return [] }
        return [.files(.listPaths(prefix: argument))]
    }

    /// Tab after `:export `: the format, then (for csv) the kind.
    mutating func completeExport(_ argument: String, of command: PromptCommand) {
        let words = argument.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count <= 1 {
            completeArgument(argument, of: command, among: FileArguments.exportFormats)
        } else if words.count == 2, words[0].lowercased() == "csv" {
            completeArgument(argument, of: command, among: ExportRecordKind.allCases.map { "csv \($0.rawValue)" })
        }
    }

    /// The paths for an `:import` Tab, if the line still asks for them.
    mutating func receivePaths(_ paths: [String], prefix: String) {
        guard let prompt = state.prompt, let command = PromptCommand.named(prompt.parts.word), command.action == .importFile,
            prompt.parts.argument == prefix
        else { return }
        var completed = prompt
        let result = Completion.complete(prefix, among: paths)
        completed.replaceText("\(command.name) \(result.word)")
        // The candidates are shown by their last part, as a shell does.
        completed.candidates = result.candidates.map { path in
            let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
            let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
            return path.hasSuffix("/") ? name + "/" : name
        }
        completed.noMatch = !result.isUnique && result.candidates.isEmpty
        state.prompt = completed
    }
}
