import RapportCore
import RapportStore

/// Creating, editing and deleting records through forms, questions and $EDITOR.
extension ViewModel {
    /// Which kind of record `n`, `e` and `d` act on where the cursor is.
    enum Target {
        case account, contact, initiative, interaction, opportunity, metricMonth
    }

    var target: Target {
        if let detail = state.detail, !detail.isBook {
            switch detail.section {
            case .overview: return .account
            case .metrics: return .metricMonth
            case .contacts: return .contact
            case .timeline: return .interaction
            case .initiatives: return .initiative
            case .pipeline: return .opportunity
            }
        }
        return state.pane == .accounts ? .account : .initiative
    }

    /// The account the cursor is on, with its version, once its figures have arrived.
    var selectedAccount: Account? {
        if let detail = state.detail, case .account = detail.scope { return detail.account?.focus.overview.account }
        return state.focused.overview?.account
    }

    mutating func open(_ form: OpenForm) {
        var session = FormSession(form: form)
        session.title = form.title(accountName: state.accountName)
        state.overlay = .form(session)
        state.message = nil
    }

    mutating func startNew() -> [Effect] {
        if target == .account {
            open(.account(AccountForm(editing: nil)))
            return []
        }
        guard let account = selectedAccount, let accountID = account.id else {
            state.message = StatusMessage("Select an account first", kind: .info)
            return []
        }
        switch target {
        case .account: break
        case .contact: open(.contact(ContactForm(editing: nil, accountID: accountID, others: state.detail?.contacts ?? [])))
        case .initiative: open(.initiative(InitiativeForm(editing: nil, accountID: accountID, defaultOwner: account.owner)))
        case .interaction: return startLogInteraction()
        case .opportunity: open(.opportunity(OpportunityForm(editing: nil, accountID: accountID)))
        case .metricMonth:
            open(.metricMonth(MetricMonthForm(accountID: accountID, metric: state.detail?.metric ?? MetricPoint.revenue, month: state.today.yearMonth)))
        }
        return []
    }

    mutating func startEdit() -> [Effect] {
        let detail = state.detail
        switch target {
        case .account:
            guard let account = selectedAccount else { return nothingSelected("account") }
            open(.account(AccountForm(editing: account)))
        case .contact:
            guard let detail, let contact = detail.selectedContact else { return nothingSelected("contact") }
            open(.contact(ContactForm(editing: contact, accountID: contact.accountID, others: detail.contacts.filter { $0.id != contact.id })))
        case .initiative:
            guard let initiative = state.selectedInitiative else { return nothingSelected("initiative") }
            open(.initiative(InitiativeForm(editing: initiative, accountID: initiative.accountID, defaultOwner: initiative.owner)))
        case .interaction:
            guard let detail, let interaction = detail.selectedInteraction else { return nothingSelected("interaction") }
            open(.interaction(InteractionForm(editing: interaction, accountID: interaction.accountID, contacts: detail.contacts)))
        case .opportunity:
            guard let opportunity = detail?.selectedOpportunity else { return nothingSelected("opportunity") }
            open(.opportunity(OpportunityForm(editing: opportunity, accountID: opportunity.accountID)))
        case .metricMonth:
            return startNew()
        }
        return []
    }

    mutating func nothingSelected(_ kind: String) -> [Effect] {
        state.message = StatusMessage("No \(kind) selected", kind: .info)
        return []
    }

    mutating func startLogInteraction() -> [Effect] {
        guard let accountID = state.detail.flatMap({ detail -> Int64? in
            if case .account(let id) = detail.scope { return id }
            return nil
        }) ?? state.accounts.selectedID else {
            state.message = StatusMessage("Select an account first", kind: .info)
            return []
        }
        if let detail = state.detail, detail.account != nil {
            open(.interaction(InteractionForm(editing: nil, accountID: accountID, contacts: detail.contacts)))
            return []
        }
        // From the list the account's contacts are not loaded: read them, then open the form.
        return [.load(.contacts(accountID: accountID))]
    }

    mutating func startDelete() -> [Effect] {
        let detail = state.detail
        switch target {
        case .account:
            guard let id = selectedAccount?.id else { return nothingSelected("account") }
            return [.load(.deletionImpact(accountID: id))]
        case .contact:
            guard let detail, let contact = detail.selectedContact else { return nothingSelected("contact") }
            let candidates = detail.contacts.filter { $0.id != contact.id }
            if contact.isMainContact && !candidates.isEmpty {
                open(.successor(SuccessorForm(replacing: contact, candidates: candidates)))
            } else {
                ask("Delete the contact \(contact.name)?", .deleteContact(contact))
            }
        case .initiative:
            guard let id = state.selectedInitiative?.id else { return nothingSelected("initiative") }
            return [.load(.progressHistoryCount(initiativeID: id))]
        case .metricMonth:
            state.message = StatusMessage("To remove a month, record it again with empty values", kind: .info)
        case .opportunity:
            guard let opportunity = detail?.selectedOpportunity else { return nothingSelected("opportunity") }
            ask("Delete the opportunity \(opportunity.name) (\(opportunity.amount.compact))?", .deleteOpportunity(opportunity))
        case .interaction:
            guard let interaction = detail?.selectedInteraction else { return nothingSelected("interaction") }
            ask("Delete the \(interaction.kind.label) of \(interaction.date.iso) (\(interaction.summary))?", .deleteInteraction(interaction))
        }
        return []
    }

    mutating func ask(_ question: String, _ action: Confirmation.Action) {
        state.overlay = .confirm(Confirmation(question: question, action: action))
        state.message = nil
    }

    mutating func confirm() -> [Effect] {
        if case .importReview(let review) = state.overlay { return confirmImport(review) }
        guard case .confirm(let confirmation) = state.overlay else { return [] }
        state.overlay = nil
        switch confirmation.action {
        case .deleteAccount(let account):
            if case .account(account.id) = state.detail?.scope { state.detail = nil }
            return submit(.removeAccount(id: account.id ?? 0), describing: "delete")
        case .deleteContact(let contact): return submit(.removeContact(id: contact.id ?? 0, successor: nil), describing: "delete")
        case .deleteInitiative(let initiative): return submit(.removeInitiative(id: initiative.id ?? 0), describing: "delete")
        case .deleteOpportunity(let opportunity): return submit(.removeOpportunity(id: opportunity.id ?? 0), describing: "delete")
        case .deleteInteraction(let interaction): return submit(.removeInteraction(id: interaction.id ?? 0), describing: "delete")
        case .completeInitiative(let initiative):
            var completed = initiative
            completed.status = .done
            completed.progress = 100
            return submit(.editInitiative(RecordEdit(original: initiative, edited: completed)), describing: "status of \(initiative.title)")
        }
    }

    mutating func formKey(_ key: Key) -> [Effect] {
        guard case .form(var session) = state.overlay, session.savingWriteID == nil else { return [] }
        switch session.form.apply(key) {
        case .edited, .ignored:
            state.overlay = .form(session)
            return []
        case .cancel:
            state.overlay = session.overlayAfter
            state.message = StatusMessage("Cancelled — nothing saved", kind: .info)
            return []
        case .submit:
            guard session.form.validate(today: state.today) else {
                state.overlay = .form(session)
                state.message = StatusMessage("Fix the fields marked in red", kind: .error)
                return []
            }
            return save(session, overwriting: false)
        }
    }

    /// Hands the form's intent to the store; the form stays open until the store answers.
    mutating func save(_ session: FormSession, overwriting: Bool) -> [Effect] {
        var session = session
        let effects = submit(session.form.intent(today: state.today, overwriting: overwriting), describing: "form")
        if case .write(let id, _) = effects.first { session.savingWriteID = id }
        session.conflict = nil
        state.overlay = .form(session)
        return effects
    }

    mutating func resolveConflict(_ command: Command) -> [Effect] {
        guard case .form(var session) = state.overlay, let conflict = session.conflict else { return [] }
        switch command {
        case .conflictOverwrite:
            return save(session, overwriting: true)
        case .conflictReload:
            session.form = session.form.reopened(on: conflict.stored)
            session.title = session.form.title(accountName: state.accountName)
            session.conflict = nil
            state.message = StatusMessage("Reloaded \(conflict.subject) as stored now — your changes were dropped", kind: .info)
        default:
            session.conflict = nil
            state.message = StatusMessage("Back to the form — saving now asks again", kind: .info)
        }
        state.overlay = .form(session)
        return []
    }

    // MARK: - $EDITOR

    mutating func requestEditor() -> [Effect] {
        guard let account = selectedAccount else {
            state.message = StatusMessage("Select an account first", kind: .info)
            return []
        }
        let request = EditorRequest(account: account)
        state.editing = request
        return [.openEditor(request)]
    }

    /// The editor's notes go through the same text policy as typed text, line breaks kept
    /// (the last one included); refused when too long; nothing is written when unchanged.
    mutating func finishEditor(_ text: String?) -> [Effect] {
        guard let original = state.editing?.account else { return [] }
        state.editing = nil
        guard let text else {
            state.message = StatusMessage("The editor failed or was cancelled — notes unchanged", kind: .error)
            return []
        }
        // The file held the notes as stored, unsafe characters and all; handed back as they
        // were, they are unchanged, and cleaning them would lose what another program wrote.
        guard text.trimmingTrailingNewlines != original.notes.trimmingTrailingNewlines else {
            state.message = StatusMessage("Notes unchanged", kind: .info)
            return []
        }
        let notes = TextSafety.typedLines(text).trimmingTrailingNewlines
        guard notes.count <= FormLimits.longText else {
            state.message = StatusMessage("Notes not saved: at most \(FormLimits.longText) characters", kind: .error)
            return []
        }
        guard notes != original.notes else {
            state.message = StatusMessage("Notes unchanged", kind: .info)
            return []
        }
        var edited = original
        edited.notes = notes
        return submit(.editAccount(RecordEdit(original: original, edited: edited)), describing: "notes")
    }
}

extension String {
    /// Without the line breaks an editor leaves at the end of a file.
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
