import RapportCore
import RapportStore

/// New or edit initiative.
public struct InitiativeForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case title, objective, owner, status, progress, due
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
            ])
    }

    func record(today: Day) -> Initiative {
        var initiative = original ?? Initiative(accountID: accountID, title: "", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil)
        initiative.title = state.text(.title, keeping: original?.title)
        initiative.objective = state.text(.objective, keeping: original?.objective)
        initiative.owner = state.text(.owner, keeping: original?.owner)
        initiative.status = Self.statuses[state.choice(.status)]
        initiative.progress = Initiative.clampProgress(state.integer(.progress) ?? 0)
        initiative.dueDate = state.day(.due, today: today)
        return initiative
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        guard let original else { return .addInitiative(record(today: today)) }
        return .editInitiative(edit(original, record(today: today), overwriting: overwriting))
    }
}
