import Foundation
import RapportCore
import RapportStore

/// Creating, editing and deleting records through forms and confirmations.
extension ViewModel {
    /// Which kind of record `n`, `e` and `d` act on where the cursor is.
    enum Target {
        case account, contact, initiative, interaction, opportunity, metricValue
    }

    var target: Target {
        if let detail = state.detail {
            switch detail.section {
            case .overview: return .account
            case .metrics: return detail.isBook ? .account : .metricValue
            case .contacts: return .contact
            case .timeline: return .interaction
            case .initiatives: return .initiative
            case .pipeline: return .opportunity
            }
        }
        return state.focus == .accounts ? .account : .initiative
    }

    func open(_ purpose: EditSession.Purpose, _ form: FormState) {
        state.edit = EditSession(purpose: purpose, form: form)
        state.mode = .form
        state.message = nil
    }

    func startNew() {
        let account = state.selectedOverview?.account
        switch target {
        case .account:
            open(.newAccount, RecordForms.account(nil))
        case .contact:
            guard let accountID = account?.id else { return }
            open(.newContact(accountID: accountID), RecordForms.contact(nil, others: state.detail?.contacts ?? []))
        case .initiative:
            guard let accountID = account?.id else {
                state.message = StatusMessage("Select an account first", kind: .info)
                return
            }
            open(.newInitiative(accountID: accountID), RecordForms.initiative(nil, defaultOwner: account?.owner ?? ""))
        case .interaction:
            startLogInteraction()
        case .opportunity:
            guard let accountID = account?.id else { return }
            open(.newOpportunity(accountID: accountID), RecordForms.opportunity(nil))
        case .metricValue:
            guard let accountID = account?.id else { return }
            open(.recordMetric(accountID: accountID), RecordForms.metricValue(metric: state.detail?.metric ?? MetricPoint.revenue, month: state.today.yearMonth))
        }
    }

    func startEdit() {
        switch target {
        case .account:
            guard let account = state.selectedOverview?.account else { return }
            open(.editAccount(account), RecordForms.account(account))
        case .contact:
            guard let contact = state.detail?.selectedContact else { return }
            let others = (state.detail?.contacts ?? []).filter { $0.id != contact.id }
            open(.editContact(contact), RecordForms.contact(contact, others: others))
        case .initiative:
            guard let initiative = state.selectedInitiative else {
                state.message = StatusMessage("No initiative selected", kind: .info)
                return
            }
            open(.editInitiative(initiative), RecordForms.initiative(initiative, defaultOwner: initiative.owner))
        case .interaction:
            guard let interaction = state.detail?.selectedInteraction else { return }
            let contacts = state.detail?.contacts ?? []
            open(.editInteraction(interaction, contacts: contacts), RecordForms.interaction(contacts: contacts, existing: interaction))
        case .opportunity:
            guard let opportunity = state.detail?.selectedOpportunity else { return }
            open(.editOpportunity(opportunity), RecordForms.opportunity(opportunity))
        case .metricValue:
            startNew()
        }
    }

    func startLogInteraction() {
        guard let accountID = state.selectedOverview?.id else {
            state.message = StatusMessage("Select an account first", kind: .info)
            return
        }
        do {
            let contacts = try database.contacts(accountID: accountID)
            open(.logInteraction(accountID: accountID, contacts: contacts), RecordForms.interaction(contacts: contacts))
        } catch {
            state.message = StatusMessage("Could not open the form: \(error)", kind: .error)
        }
    }

    func startDelete() {
        do {
            switch target {
            case .account:
                guard let account = state.selectedOverview?.account, let id = account.id else { return }
                let impact = try database.deletionImpact(accountID: id)
                ask("Delete the account \(account.name) with \(impact.description)?", .deleteAccount(account))
            case .contact:
                guard let detail = state.detail, let contact = detail.selectedContact else { return }
                let candidates = detail.contacts.filter { $0.id != contact.id }
                if contact.isMainContact && !candidates.isEmpty {
                    open(.replaceMainContact(contact, candidates: candidates), RecordForms.successor(for: contact, candidates: candidates))
                } else {
                    ask("Delete the contact \(contact.name)?", .deleteContact(contact))
                }
            case .initiative:
                guard let initiative = state.selectedInitiative, let id = initiative.id else { return }
                let history = try database.progressUpdates(initiativeID: id).count
                let extra = history == 0 ? "" : " with its \(history) progress update\(history == 1 ? "" : "s")"
                ask("Delete the initiative \(initiative.title)\(extra)?", .deleteInitiative(initiative))
            case .metricValue:
                state.message = StatusMessage("To remove a month, record it again with empty values", kind: .info)
            case .opportunity:
                guard let opportunity = state.detail?.selectedOpportunity else { return }
                ask("Delete the opportunity \(opportunity.name) (\(opportunity.amount.compact))?", .deleteOpportunity(opportunity))
            case .interaction:
                guard let interaction = state.detail?.selectedInteraction else { return }
                ask("Delete the \(interaction.kind.label) of \(interaction.date.iso) (\(interaction.summary))?", .deleteInteraction(interaction))
            }
        } catch {
            state.message = StatusMessage("Cannot delete: \(error)", kind: .error)
        }
    }

    func requestEditor() {
        guard let account = state.selectedOverview?.account, let id = account.id else {
            state.message = StatusMessage("Select an account first", kind: .info)
            return
        }
        state.editorRequest = EditorRequest(accountID: id, text: account.notes, title: account.name)
    }

    /// Saves what the editor left: control characters dropped (line breaks kept), refused
    /// when too long, nothing written when unchanged.
    func finishEditor(_ text: String?) {
        guard let request = state.editorRequest else { return }
        state.editorRequest = nil
        guard let text else {
            state.message = StatusMessage("The editor failed or was cancelled — notes unchanged", kind: .error)
            return
        }
        // Line by line, so the notes keep their line breaks while each line is cleaned as typed text is.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TextInputFilter.clean(String($0)) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let notes = lines.joined(separator: "\n")
        guard notes.count <= FieldValidation.longTextLimit else {
            state.message = StatusMessage("Notes not saved: at most \(FieldValidation.longTextLimit) characters", kind: .error)
            return
        }
        guard notes != request.text, let row = state.overviews.firstIndex(where: { $0.id == request.accountID }) else {
            state.message = StatusMessage("Notes unchanged", kind: .info)
            return
        }
        var account = state.overviews[row].account
        account.notes = notes
        do {
            try database.updateAccount(account, at: clock())
            try refresh(accountID: request.accountID, listChanged: false)
            state.message = StatusMessage("Saved the notes of \(account.name)", kind: .success)
        } catch {
            state.message = StatusMessage("Notes not saved: \(error)", kind: .error)
        }
    }

    func ask(_ question: String, _ action: Confirmation.Action) {
        state.confirmation = Confirmation(question: question, action: action)
        state.mode = .confirm
        state.message = nil
    }

    func confirm() {
        guard let confirmation = state.confirmation else { return }
        let time = clock()
        do {
            var accountID: Int64?
            var listChanged = false
            let what: String
            switch confirmation.action {
            case .deleteAccount(let account):
                try database.removeAccount(id: account.id ?? 0, at: time)
                listChanged = true
                what = "account \(account.name)"
            case .deleteContact(let contact):
                try database.removeContact(id: contact.id ?? 0, newMainContactID: nil, at: time)
                accountID = contact.accountID
                what = "contact \(contact.name)"
            case .deleteInitiative(let initiative):
                try database.removeInitiative(id: initiative.id ?? 0, at: time)
                accountID = initiative.accountID
                what = "initiative \(initiative.title)"
            case .deleteOpportunity(let opportunity):
                try database.removeOpportunity(id: opportunity.id ?? 0, at: time)
                accountID = opportunity.accountID
                what = "opportunity \(opportunity.name)"
            case .deleteInteraction(let interaction):
                try database.removeInteraction(id: interaction.id ?? 0, at: time)
                accountID = interaction.accountID
                what = "\(interaction.kind.label) of \(interaction.date.iso)"
            }
            state.confirmation = nil
            state.mode = .normal
            if listChanged { state.detail = nil }
            try refresh(accountID: accountID, listChanged: listChanged)
            state.message = StatusMessage("Deleted \(what) — u undoes it", kind: .success)
        } catch {
            state.confirmation = nil
            state.mode = .normal
            state.message = StatusMessage("Not deleted: \(error)", kind: .error)
        }
    }

    func formKey(_ key: Key) {
        guard var edit = state.edit else { return }
        switch edit.form.apply(key) {
        case .edited, .ignored:
            state.edit = edit
        case .cancel:
            state.edit = nil
            state.mode = .normal
            state.message = StatusMessage("Cancelled — nothing saved", kind: .info)
        case .submit:
            guard RecordForms.validate(&edit.form, today: state.today) else {
                state.edit = edit
                state.message = StatusMessage("Fix the fields marked in red", kind: .error)
                return
            }
            state.edit = edit
            save(edit)
        }
    }

    /// Writes the form's record through the store; a refusal keeps the form open with the reason.
    func save(_ edit: EditSession) {
        let form = edit.form
        let today = state.today
        let time = clock()
        do {
            var accountID: Int64?
            var listChanged = false
            var select: Int64?
            let what: String
            switch edit.purpose {
            case .newAccount, .editAccount:
                var existing: Account?
                if case .editAccount(let account) = edit.purpose { existing = account }
                let account = RecordForms.account(from: form, onto: existing, today: today)
                if existing == nil {
                    select = try database.addAccount(account, at: time).id
                    listChanged = true
                } else {
                    try database.updateAccount(account, at: time)
                    accountID = account.id
                }
                what = "account \(account.name)"
            case .newContact(let owner):
                let contact = RecordForms.contact(from: form, onto: nil, accountID: owner, others: state.detail?.contacts ?? [])
                try database.addContact(contact, at: time)
                (accountID, what) = (owner, "contact \(contact.name)")
            case .editContact(let existing):
                let others = (state.detail?.contacts ?? []).filter { $0.id != existing.id }
                let contact = RecordForms.contact(from: form, onto: existing, accountID: existing.accountID, others: others)
                try database.updateContact(contact, at: time)
                (accountID, what) = (existing.accountID, "contact \(contact.name)")
            case .newInitiative(let owner):
                let initiative = RecordForms.initiative(from: form, onto: nil, accountID: owner, today: today)
                try database.addInitiative(initiative, at: time)
                (accountID, what) = (owner, "initiative \(initiative.title)")
            case .editInitiative(let existing):
                let initiative = RecordForms.initiative(from: form, onto: existing, accountID: existing.accountID, today: today)
                try database.updateInitiative(initiative, at: time)
                (accountID, what) = (existing.accountID, "initiative \(initiative.title)")
            case .logInteraction(let owner, let contacts):
                let interaction = RecordForms.interaction(from: form, onto: nil, accountID: owner, contacts: contacts, today: today)
                try database.logInteraction(interaction, nextFollowUp: RecordForms.day(form, "followUp", today: today), at: time)
                (accountID, what) = (owner, "\(interaction.kind.label) of \(interaction.date.iso)")
            case .editInteraction(let existing, let contacts):
                let interaction = RecordForms.interaction(from: form, onto: existing, accountID: existing.accountID, contacts: contacts, today: today)
                try database.updateInteraction(interaction, at: time)
                (accountID, what) = (existing.accountID, "\(interaction.kind.label) of \(interaction.date.iso)")
            case .newOpportunity(let owner):
                let opportunity = RecordForms.opportunity(from: form, onto: nil, accountID: owner, today: today)
                try database.addOpportunity(opportunity, at: time)
                (accountID, what) = (owner, "opportunity \(opportunity.name)")
            case .editOpportunity(let existing):
                let opportunity = RecordForms.opportunity(from: form, onto: existing, accountID: existing.accountID, today: today)
                try database.updateOpportunity(opportunity, at: time)
                (accountID, what) = (existing.accountID, "opportunity \(opportunity.name)")
            case .recordMetric(let owner):
                guard let point = RecordForms.metricPoint(from: form, accountID: owner) else { return }
                try database.recordMetric(point, at: time)
                (accountID, what) = (owner, "\(point.metric) for \(point.month.iso)")
                if var detail = state.detail, !detail.metricNames.contains(point.metric) {
                    detail.metricNames.append(point.metric)
                    state.detail = detail
                }
            case .replaceMainContact(let contact, let candidates):
                let successor = candidates[form.choice("successor")]
                try database.removeContact(id: contact.id ?? 0, newMainContactID: successor.id, at: time)
                (accountID, what) = (contact.accountID, "contact \(contact.name); \(successor.name) is now the main contact")
            }
            state.edit = nil
            state.mode = .normal
            try refresh(accountID: accountID, listChanged: listChanged, select: select)
            state.message = StatusMessage(edit.purpose.isDeletion ? "Deleted \(what) — u undoes it" : "Saved \(what)", kind: .success)
        } catch {
            // The store refused (a reporting loop, a record deleted elsewhere...): say why, keep the form.
            state.message = StatusMessage("Not saved: \(error)", kind: .error)
        }
    }
}

extension EditSession.Purpose {
    var isDeletion: Bool {
        if case .replaceMainContact = self { return true }
        return false
    }
}
