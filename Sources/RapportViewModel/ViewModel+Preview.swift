import RapportCore
import RapportStore

/// `R` and `U`: the report and the stakeholder update previewed over the screen, `w` to write
/// one (through the command line, holding the default file), `a` to switch an update's
/// audience; `:update` writes an update and records it as sent.
extension ViewModel {
    /// The account `R` and `U` are about: the one whose detail is open, else the one selected.
    private var previewAccountID: Int64? {
        if case .account(let id)? = state.detail?.scope { return id }
        if state.detail == nil { return state.accounts.selectedID }
        return nil
    }

    mutating func openReportPreview() -> [Effect] {
        var accountID: Int64?
        if case .account(let id)? = state.detail?.scope { accountID = id }
        return openPreview(DocumentPreview(.report(period: state.period, accountID: accountID), today: state.today))
    }

    mutating func openUpdatePreview(audience: UpdateAudience = .internal) -> [Effect] {
        guard let accountID = previewAccountID else { return nothingSelected("account") }
        return openPreview(DocumentPreview(.update(accountID: accountID, audience: audience), today: state.today))
    }

    private mutating func openPreview(_ preview: DocumentPreview) -> [Effect] {
        state.overlay = .preview(preview)
        state.overlayScroll = OverlayScroll()
        state.prompt = nil
        return [.load(preview.query)]
    }

    mutating func receivePreview(_ query: StoreQuery, _ text: String) {
        guard case .preview(var preview) = state.overlay, preview.query == query else { return }
        preview.text = text
        state.overlay = .preview(preview)
    }

    /// `w` and `a` while a preview is open; nil for the keys that scroll or close it.
    mutating func performInPreview(_ command: Command) -> [Effect]? {
        guard case .preview(let preview) = state.overlay else { return nil }
        switch command {
        case .writePreview:
            guard preview.text != nil else { return [] }
            state.overlay = nil
            state.prompt = CommandPrompt(preview.writeCommand)
            return []
        case .editRecord:
            // The read view's keys scroll a preview; there is no record to edit.
            return []
        case .toggleUpdateAudience:
            guard case .update(let accountID, let audience) = preview.subject else { return [] }
            return openPreview(DocumentPreview(.update(accountID: accountID, audience: audience == .internal ? .external : .internal), today: state.today))
        default:
            return nil
        }
    }

    /// `:update [internal|external] [FILE]`: without a file, the preview; with one, the update
    /// written there and then recorded as sent.
    mutating func runUpdateCommand(_ argument: String) -> [Effect] {
        var words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        var audience = UpdateAudience.internal
        if let first = words.first, let named = UpdateAudience(rawValue: first.lowercased()) {
            audience = named
            words.removeFirst()
        }
        let path = words.first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !path.isEmpty else { return openUpdatePreview(audience: audience) }
        guard let accountID = previewAccountID else { return nothingSelected("account") }
        return [.writeUpdate(UpdateRequest(accountID: accountID, audience: audience, today: state.today, path: path))]
    }

    /// The update is written (or not); a written one is recorded as sent, which `u` undoes.
    mutating func updateWritten(_ request: UpdateRequest, coveredSince: Day?, error: String?) -> [Effect] {
        if let error {
            state.message = StatusMessage(error, kind: .error)
            return []
        }
        guard let coveredSince else { return [] }
        let sent = SentUpdate(accountID: request.accountID, audience: request.audience, coveredSince: coveredSince, format: "markdown")
        return submit(.recordSentUpdate(sent), describing: "the \(request.audience.rawValue) update sent, written to \(request.path)")
    }
}
