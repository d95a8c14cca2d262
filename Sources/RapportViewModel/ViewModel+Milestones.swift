import RapportCore
import RapportStore

/// An initiative's read view: its plan loaded with it, and the milestone keys (Tab moves the
/// cursor, Space ticks one off, `n`, `E` and `d` add, edit and delete). Forms opened here come
/// back to the read view when they close.
extension ViewModel {
    /// How much of an initiative's history its read view reads: the newest changes.
    static let historyPageLimit = 50

    /// The initiative whose read view is open, or which a form opened from it returns to.
    var readingInitiativeID: Int64? {
        switch state.overlay {
        case .reading(let reading): return reading.kind == .initiative ? reading.id : nil
        case .form(let session): return session.returnsTo.flatMap { $0.kind == .initiative ? $0.id : nil }
        case .help, .confirm, .changes, .importReview, .preview, nil: return nil
        }
    }

    /// Reads the plan of the initiative being read, after it may have changed.
    var planReload: [Effect] {
        readingInitiativeID.map { [.load(.initiativePlan(initiativeID: $0, historyLimit: Self.historyPageLimit))] } ?? []
    }

    mutating func receivePlan(_ plan: InitiativePlan) {
        guard readingInitiativeID == plan.initiativeID else { return }
        state.initiativePlan = plan
        // The cursor stays on the list when a milestone goes.
        if case .reading(var reading) = state.overlay {
            reading.milestoneIndex = min(reading.milestoneIndex, max(0, plan.milestones.count - 1))
            state.overlay = .reading(reading)
        }
    }

    /// A milestone key in an initiative's read view; nil for any other command or view.
    mutating func performMilestoneCommand(_ command: Command) -> [Effect]? {
        guard case .reading(var reading) = state.overlay, reading.kind == .initiative else { return nil }
        guard case .initiative(let initiative) = state.readRecord, let initiativeID = initiative.id else { return nil }
        let milestones = state.readPlan?.milestones ?? []
        switch command {
        case .selectMilestone(let forward):
            guard !milestones.isEmpty else { return [] }
            reading.milestoneIndex = (reading.milestoneIndex + (forward ? 1 : milestones.count - 1)) % milestones.count
            state.overlay = .reading(reading)
            return []
        case .toggleMilestone:
            guard let milestone = state.selectedMilestone, let id = milestone.id else { return noMilestone() }
            return submit(.toggleMilestone(id: id, on: state.today), describing: "milestone \(milestone.title)")
        case .newRecord:
            let position = (milestones.map(\.position).max() ?? -1) + 1
            openFromReading(.milestone(MilestoneForm(editing: nil, initiativeID: initiativeID, accountID: initiative.accountID, position: position)), reading)
            return []
        case .editMilestone:
            guard let milestone = state.selectedMilestone else { return noMilestone() }
            openFromReading(
                .milestone(MilestoneForm(editing: milestone, initiativeID: initiativeID, accountID: initiative.accountID, position: milestone.position)), reading)
            return []
        case .deleteRecord:
            guard let milestone = state.selectedMilestone, let id = milestone.id else { return noMilestone() }
            return submit(.removeMilestone(id: id), describing: "delete")
        case .editStakeholders:
            // The account's contacts: those of an open detail view, else read first.
            if let detail = state.detail, detail.account?.focus.overview.account.id == initiative.accountID {
                openStakeholders(initiative, contacts: detail.contacts, reading: reading)
                return []
            }
            return [.load(.contacts(accountID: initiative.accountID))]
        default:
            return nil
        }
    }

    /// The account's contacts arrived for the stakeholder form of the initiative being read.
    mutating func receiveStakeholderContacts(_ contacts: [Contact], accountID: Int64) -> Bool {
        guard case .reading(let reading) = state.overlay, case .initiative(let initiative) = state.readRecord,
            initiative.accountID == accountID
        else { return false }
        openStakeholders(initiative, contacts: contacts, reading: reading)
        return true
    }

    private mutating func openStakeholders(_ initiative: Initiative, contacts: [Contact], reading: RecordReading) {
        guard !contacts.isEmpty else {
            state.message = StatusMessage("\(state.accountName(initiative.accountID) ?? "This account") has no contacts yet to pick from", kind: .info)
            return
        }
        openFromReading(.stakeholders(StakeholderForm(initiative: initiative, contacts: contacts, stakeholders: state.readPlan?.stakeholders ?? [])), reading)
    }

    private mutating func noMilestone() -> [Effect] {
        let new = keymap.key(for: .newRecord, in: .initiativeReading) ?? "n"
        state.message = StatusMessage("No milestone yet — \(new) adds one", kind: .info)
        return []
    }

    mutating func openFromReading(_ form: OpenForm, _ reading: RecordReading) {
        var session = FormSession(form: form, returnsTo: reading)
        session.title = form.title(accountName: state.accountName)
        state.overlay = .form(session)
        state.message = nil
    }
}
