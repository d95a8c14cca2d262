import RapportCore
import RapportStore

/// New or edit milestone, from an initiative's read view.
public struct MilestoneForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case title, due
    }

    public var state: FormState<Field>
    public let original: Milestone?
    public let initiativeID: Int64
    public let accountID: Int64
    /// Where a new milestone goes in the checklist: after the last.
    public let position: Int

    public init(editing milestone: Milestone?, initiativeID: Int64, accountID: Int64, position: Int) {
        original = milestone
        self.initiativeID = initiativeID
        self.accountID = accountID
        self.position = position
        typealias Form = FormState<Field>
        state = FormState(
            title: milestone == nil ? "New milestone" : "Edit milestone",
            fields: [
                Form.text(.title, "Title", milestone?.title ?? "", rule: .required),
                Form.text(.due, "Due date", milestone?.dueDate?.iso ?? "", rule: .date),
            ])
    }

    func record(today: Day) -> Milestone {
        var milestone = original ?? Milestone(initiativeID: initiativeID, title: "", dueDate: nil, position: position)
        milestone.title = state.text(.title, keeping: original?.title)
        milestone.dueDate = state.day(.due, today: today)
        return milestone
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        guard let original else { return .addMilestone(record(today: today)) }
        return .editMilestone(edit(original, record(today: today), overwriting: overwriting))
    }
}
