import RapportCore
import RapportStore

/// A form that creates or edits one kind of record: its fields, how it checks them, and what
/// saving it asks of the store.
protocol RecordForm: Equatable, Sendable {
    associatedtype Field: Hashable & Sendable
    var state: FormState<Field> { get set }
    /// Checks every field, marking those in error; true when the form can be saved.
    mutating func validate(today: Day) -> Bool
    /// What saving a valid form asks of the store. `overwriting` saves over a change made
    /// elsewhere meanwhile (the store then applies only this form's changed fields).
    func intent(today: Day, overwriting: Bool) -> StoreIntent
}

extension RecordForm {
    mutating func validate(today: Day) -> Bool { state.validate(today: today) }
}

/// Builds a `RecordEdit` from a form's original record and the record it reads back.
func edit<Record: EditableRecord>(_ original: Record, _ edited: Record, overwriting: Bool) -> RecordEdit<Record> {
    RecordEdit(original: original, edited: edited, overwriting: overwriting)
}
