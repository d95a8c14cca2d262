import RapportCore
import RapportStore

/// New or edit initiative.
public struct InitiativeForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case title, objective, owner, status, progress, due, start, followsMilestones, targetMetric, targetValue, targetDate
    }

    public var state: FormState<Field>
    public let original: Initiative?
    public let accountID: Int64

    static let statuses = InitiativeStatus.allCases

    public init(editing initiative: Initiative?, accountID: Int64, defaultOwner: String) {
        original = initiative
        self.accountID = accountID
        typealias Form = FormState<Field>
        state = FormState(
            title: initiative == nil ? "New initiative" : "Edit initiative",
            fields: [
                Form.text(.title, "Title", initiative?.title ?? "", rule: .required),
                Form.text(.objective, "Objective", initiative?.objective ?? ""),
                Form.text(.owner, "Owner", initiative?.owner ?? defaultOwner),
                Form.choice(.status, "Status", Self.statuses.map(\.label), selected: initiative.flatMap { Self.statuses.firstIndex(of: $0.status) } ?? 0),
                Form.text(.progress, "Progress (%)", String(initiative?.progress ?? 0), rule: .integer(0...100)),
                Form.text(.due, "Due date", initiative?.dueDate?.iso ?? "", rule: .date),
                Form.text(.start, "Start date", initiative?.startDate?.iso ?? "", rule: .date),
                Form.toggle(.followsMilestones, "Progress follows milestones", initiative?.progressFollowsMilestones ?? false),
                Form.text(.targetMetric, "Target metric", initiative?.target?.metric ?? "", rule: .metricName),
                Form.text(.targetValue, "Target figure", initiative?.target.map { MetricKind.of(metric: $0.metric).value($0.value).description } ?? ""),
                Form.text(.targetDate, "Target by", initiative?.target?.date?.iso ?? "", rule: .date),
            ])
    }

    /// The metric named, in the store's spelling ("Active users" → "active-users"); empty for none.
    var targetMetric: String { state.value(.targetMetric).lowercased().split(separator: " ").joined(separator: "-") }

    /// The target figure is read as its metric reads figures, so it is checked once the metric is known.
    mutating func validate(today: Day) -> Bool {
        var valid = state.validate(today: today)
        let figure = state.value(.targetValue)
        if targetMetric.isEmpty != figure.isEmpty {
            state.setError(targetMetric.isEmpty ? "name the metric this figure is for" : "required with a target metric", for: targetMetric.isEmpty ? .targetMetric : .targetValue)
            valid = false
        } else if !figure.isEmpty, case .failure(let error) = MetricKind.of(metric: targetMetric).parse(figure) {
            state.setError(error.description, for: .targetValue)
            valid = false
        }
        if !valid, let first = [Field.title, .progress, .due, .start, .targetMetric, .targetValue, .targetDate].first(where: { state.error(for: $0) != nil }) {
            state.focus(first)
        }
        return valid
    }

    func target(today: Day) -> ObjectiveTarget? {
        guard !targetMetric.isEmpty, let value = try? MetricKind.of(metric: targetMetric).parse(state.value(.targetValue)).get() else { return nil }
        // A figure that reads the same as stored keeps the stored metric's spelling and value.
        if let stored = original?.target, stored.metric == targetMetric, stored.value == value {
            return ObjectiveTarget(metric: stored.metric, value: stored.value, date: state.day(.targetDate, today: today))
        }
        return ObjectiveTarget(metric: targetMetric, value: value, date: state.day(.targetDate, today: today))
    }

    func record(today: Day) -> Initiative {
        var initiative = original ?? Initiative(accountID: accountID, title: "", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil)
        initiative.title = state.text(.title, keeping: original?.title)
        initiative.objective = state.text(.objective, keeping: original?.objective)
        initiative.owner = state.text(.owner, keeping: original?.owner)
        initiative.status = Self.statuses[state.choice(.status)]
        initiative.progress = Initiative.clampProgress(state.integer(.progress) ?? 0)
        initiative.dueDate = state.day(.due, today: today)
        initiative.startDate = state.day(.start, today: today)
        initiative.progressFollowsMilestones = state.isOn(.followsMilestones)
        initiative.target = target(today: today)
        return initiative
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        guard let original else { return .addInitiative(record(today: today)) }
        return .editInitiative(edit(original, record(today: today), overwriting: overwriting))
    }
}
