import RapportCore
import RapportStore
import RapportViewModel

/// An initiative read in full: its fields, its plan (start, objective figure, milestones,
/// stakeholders) and its history, newest first.
extension ReadingDocument {
    static func initiative(_ initiative: Initiative, state: AppState) -> ReadingDocument {
        var due = ("no due date", ThemeRole.textDim)
        if let date = initiative.dueDate {
            let overdue = initiative.isOverdue(on: state.today)
            due = (dated(date, today: state.today) + (overdue ? " — late" : ""), overdue ? .overdue : .text)
        }
        let plan = state.readPlan
        let milestones = plan?.milestones ?? []
        var progress = "\(initiative.progress)%"
        if initiative.progressFollowsMilestones {
            progress += " — follows its milestones (\(milestones.filter(\.isDone).count) of \(milestones.count) done)"
        }
        var fields: [(label: String, value: String, role: ThemeRole)] = [
            ("Title", initiative.title, .textStrong),
            ("Status", Format.statusBadge(initiative.status), Format.statusRole(initiative.status)),
            ("Progress", progress, .text),
            ("Owner", initiative.owner.isEmpty ? "—" : initiative.owner, initiative.owner.isEmpty ? .textDim : .text),
            ("Start", initiative.startDate.map { Format.longDate($0) } ?? "—", initiative.startDate == nil ? .textDim : .text),
            ("Due", due.0, due.1),
            ("Objective", initiative.objective.isEmpty ? "—" : initiative.objective, initiative.objective.isEmpty ? .textDim : .text),
        ]
        if let target = initiative.target {
            let value = MetricKind.of(metric: target.metric).value(target.value)
            let by = (target.date ?? initiative.dueDate).map { " by \(Format.longDate($0))" } ?? ""
            fields.append(("Target", "\(target.metric) \(value)\(by)", .text))
        }
        let burnUp = BurnUp(initiative: initiative, history: plan?.history ?? [], today: state.today)
        if let burnUp {
            fields.append((burnUpLabel, "\(burnUp.start.iso) → due \(burnUp.due.iso) · bars: progress, dots: plan", .textDim))
        }
        fields += milestoneFields(milestones, state: state, loaded: plan != nil)
        fields += stakeholderFields(plan)
        fields.append(("Account", state.accountName(initiative.accountID) ?? "—", .textDim))
        fields += historyFields(plan)
        var document = ReadingDocument(title: "Initiative · \(initiative.title)", fields: fields)
        document.burnUp = burnUp
        return document
    }

    /// One line per milestone, the one under the cursor marked and highlighted.
    private static func milestoneFields(_ milestones: [Milestone], state: AppState, loaded: Bool) -> [(label: String, value: String, role: ThemeRole)] {
        guard !milestones.isEmpty else { return [("Milestones", loaded ? "none yet" : "…", .textDim)] }
        let selected = state.selectedMilestone?.id
        return milestones.enumerated().map { index, milestone in
            let mark = milestone.isDone ? "✓" : "○"
            var text = "\(milestone.id == selected ? "▸" : " ") \(mark) \(milestone.title)"
            if let done = milestone.doneOn {
                text += " · done \(Format.longDate(done))"
            } else if let dueDate = milestone.dueDate {
                text += " · due \(Format.longDate(dueDate))"
            }
            let late = !milestone.isDone && (milestone.dueDate.map { $0 < state.today } ?? false)
            let role: ThemeRole = milestone.id == selected ? .selection : (milestone.isDone ? .textDim : (late ? .overdue : .text))
            return (index == 0 ? "Milestones" : "", text, role)
        }
    }

    private static func stakeholderFields(_ plan: InitiativePlan?) -> [(label: String, value: String, role: ThemeRole)] {
        guard let plan, !plan.stakeholders.isEmpty else { return [] }
        return StakeholderAudience.allCases.compactMap { audience in
            let names = plan.stakeholders.filter { $0.audience == audience }.map { stakeholder in
                plan.contactNames[stakeholder.contactID] ?? "contact #\(stakeholder.contactID)"
            }
            guard !names.isEmpty else { return nil }
            return ("Stakeholders (\(audience.label))", names.joined(separator: ", "), .text)
        }
    }

    /// Each change, newest first: when, old → new, why and what was noted.
    private static func historyFields(_ plan: InitiativePlan?) -> [(label: String, value: String, role: ThemeRole)] {
        guard let plan, !plan.history.isEmpty else { return [] }
        var fields: [(label: String, value: String, role: ThemeRole)] = plan.history.enumerated().map { index, update in
            var moves: [String] = []
            if update.progress != update.previousProgress { moves.append("\(update.previousProgress)% → \(update.progress)%") }
            if update.status != update.previousStatus { moves.append("\(update.previousStatus.label) → \(update.status.label)") }
            var text = "\(update.day.iso)  \(moves.joined(separator: ", "))"
            if !update.reason.isEmpty { text += " — why: \(update.reason)" }
            if !update.note.isEmpty { text += " — \(update.note)" }
            return (index == 0 ? "History" : "", text, update.entersTrouble ? .statusAtRisk : .text)
        }
        if plan.historyCount > plan.history.count {
            fields.append(("", "… the newest \(plan.history.count) of \(plan.historyCount) changes", .textDim))
        }
        return fields
    }
}
