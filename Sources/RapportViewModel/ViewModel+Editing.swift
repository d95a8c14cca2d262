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
                var account: Account
                if case .editAccount(let existing) = edit.purpose { account = existing } else {
                    account = Account(name: "", industry: "", region: "", tier: .midMarket, owner: "", annualRecurringRevenue: .zero, renewalDate: nil)
                }
                account.name = form.value("name")
                account.industry = form.value("industry")
                account.region = form.value("region")
                account.tier = RecordForms.tiers[form.choice("tier")]
                account.owner = form.value("owner")
                account.annualRecurringRevenue = (try? MoneyInput.parse(form.value("arr")).get()) ?? .zero
                account.renewalDate = RecordForms.day(form, "renewal", today: today)
                account.stayInTouchDays = RecordForms.integer(form, "cadence")
                account.nextFollowUp = RecordForms.day(form, "followUp", today: today)
                account.notes = form.value("notes")
                if account.id == nil {
                    let saved = try database.addAccount(account, at: time)
                    listChanged = true
                    select = saved.id
                } else {
                    try database.updateAccount(account, at: time)
                    accountID = account.id
                }
                what = "account \(account.name)"
            case .newContact, .editContact:
                var contact: Contact
                switch edit.purpose {
                case .editContact(let existing): contact = existing
                case .newContact(let owner):
                    contact = Contact(accountID: owner, name: "", title: "", email: "", phone: "", role: .user, influence: 3, sentiment: .neutral, isMainContact: false)
                default: return
                }
                let owner = contact.accountID
                let others = (state.detail?.contacts ?? []).filter { $0.id != contact.id }
                contact.name = form.value("name")
                contact.title = form.value("title")
                contact.email = form.value("email")
                contact.phone = form.value("phone")
                contact.role = RecordForms.roles[form.choice("role")]
                contact.influence = form.choice("influence") + 1
                contact.sentiment = RecordForms.sentiments[form.choice("sentiment")]
                contact.isMainContact = form.isOn("main")
                let reportsTo = form.choice("reportsTo")
                contact.reportsToID = reportsTo == 0 ? nil : others[reportsTo - 1].id
                contact.stayInTouchDays = RecordForms.integer(form, "cadence")
                if contact.id == nil { try database.addContact(contact, at: time) } else { try database.updateContact(contact, at: time) }
                accountID = owner
                what = "contact \(contact.name)"
            case .newInitiative, .editInitiative:
                var initiative: Initiative
                switch edit.purpose {
                case .editInitiative(let existing): initiative = existing
                case .newInitiative(let owner):
                    initiative = Initiative(accountID: owner, title: "", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil)
                default: return
                }
                let owner = initiative.accountID
                initiative.title = form.value("title")
                initiative.objective = form.value("objective")
                initiative.owner = form.value("owner")
                initiative.status = RecordForms.statuses[form.choice("status")]
                initiative.progress = Initiative.clampProgress(RecordForms.integer(form, "progress") ?? 0)
                initiative.dueDate = RecordForms.day(form, "due", today: today)
                if initiative.id == nil { try database.addInitiative(initiative, at: time) } else { try database.updateInitiative(initiative, at: time) }
                accountID = owner
                what = "initiative \(initiative.title)"
            case .logInteraction(let owner, let contacts):
                let involved = contacts.enumerated().filter { form.isOn("with\($0.offset)") }.compactMap(\.element.id)
                let interaction = Interaction(
                    accountID: owner, kind: RecordForms.kinds[form.choice("kind")], date: RecordForms.day(form, "date", today: today) ?? today,
                    contactIDs: involved, summary: form.value("summary"), nextStep: form.value("next"))
                try database.logInteraction(interaction, nextFollowUp: RecordForms.day(form, "followUp", today: today), at: time)
                accountID = owner
                what = "\(interaction.kind.label) of \(interaction.date.iso)"
            case .editInteraction(var interaction, let contacts):
                interaction.kind = RecordForms.kinds[form.choice("kind")]
                interaction.date = RecordForms.day(form, "date", today: today) ?? interaction.date
                interaction.summary = form.value("summary")
                interaction.nextStep = form.value("next")
                interaction.contactIDs = contacts.enumerated().filter { form.isOn("with\($0.offset)") }.compactMap(\.element.id)
                try database.updateInteraction(interaction, at: time)
                accountID = interaction.accountID
                what = "\(interaction.kind.label) of \(interaction.date.iso)"
            case .newOpportunity, .editOpportunity:
                var opportunity: Opportunity
                switch edit.purpose {
                case .editOpportunity(let existing): opportunity = existing
                case .newOpportunity(let owner):
                    opportunity = Opportunity(accountID: owner, name: "", kind: .upsell, amount: .zero, probability: 50, expectedClose: today, category: .pipeline)
                default: return
                }
                opportunity.name = form.value("name")
                opportunity.kind = RecordForms.opportunityKinds[form.choice("kind")]
                opportunity.amount = (try? MoneyInput.parse(form.value("amount")).get()) ?? .zero
                opportunity.probability = min(100, max(0, RecordForms.integer(form, "probability") ?? 0))
                opportunity.expectedClose = RecordForms.day(form, "close", today: today) ?? opportunity.expectedClose
                opportunity.category = RecordForms.categories[form.choice("category")]
                opportunity.stage = form.value("stage")
                if opportunity.id == nil { try database.addOpportunity(opportunity, at: time) } else { try database.updateOpportunity(opportunity, at: time) }
                accountID = opportunity.accountID
                what = "opportunity \(opportunity.name)"
            case .recordMetric(let owner):
                let name = form.value("metric").lowercased().replacingOccurrences(of: " ", with: "-")
                guard let month = YearMonth(iso: form.value("month")) else { return }
                let scale: Double = name == MetricPoint.revenue ? 100 : 1
                func value(_ id: String) -> Int64? { Double(form.value(id).replacingOccurrences(of: ",", with: "")).map { Int64(($0 * scale).rounded()) } }
                try database.recordMetric(MetricPoint(accountID: owner, metric: name, month: month, actual: value("actual"), target: value("target")), at: time)
                accountID = owner
                what = "\(name) for \(month.iso)"
                if var detail = state.detail, !detail.metricNames.contains(name) {
                    detail.metricNames.append(name)
                    state.detail = detail
                }
            case .replaceMainContact(let contact, let candidates):
                let successor = candidates[form.choice("successor")]
                try database.removeContact(id: contact.id ?? 0, newMainContactID: successor.id, at: time)
                accountID = contact.accountID
                what = "contact \(contact.name); \(successor.name) is now the main contact"
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
