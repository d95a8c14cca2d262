import RapportCore
import RapportStore

/// One line about a progress or status change: a note added straight after it (`n`), or the
/// reason asked for when an initiative moves to at risk or blocked. Either may be left empty:
/// Enter with nothing still saves the status change, with no reason.
public struct ChangeNoteForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case text
    }

    public enum Purpose: Hashable, Sendable {
        /// A note on the recorded change `updateID` ("Portal progress 40% → 45%").
        case note(updateID: Int64, change: String)
        /// Why the initiative moves to `status`, asked before the move is saved.
        case reason(initiativeID: Int64, forward: Bool, status: InitiativeStatus)
    }

    public var state: FormState<Field>
    public let purpose: Purpose
    public let accountID: Int64
    public let initiativeTitle: String

    public init(_ purpose: Purpose, initiativeTitle: String, accountID: Int64) {
        self.purpose = purpose
        self.accountID = accountID
        self.initiativeTitle = initiativeTitle
        switch purpose {
        case .note(_, let change):
            state = FormState(title: "Note on \(change)", fields: [FormState.text(.text, "Note", "", limit: FormLimits.longText)])
        case .reason(_, _, let status):
            state = FormState(
                title: "Why \(status.label)?",
                fields: [FormState.text(.text, "Reason (may be empty)", "", limit: FormLimits.longText)])
        }
    }

    var isReason: Bool {
        if case .reason = purpose { return true }
        return false
    }

    var typed: String { TextSafety.typed(state.value(.text)).trimmingCharacters(in: .whitespaces) }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        switch purpose {
        case .note(let updateID, _): return .annotateProgress(updateID: updateID, note: typed)
        case .reason(let initiativeID, let forward, _): return .stepStatusGivingReason(initiativeID: initiativeID, forward: forward, reason: typed)
        }
    }
}
