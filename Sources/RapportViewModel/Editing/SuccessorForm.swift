import RapportCore
import RapportStore

/// Deleting the main point of contact: who takes over.
public struct SuccessorForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case successor
    }

    public var state: FormState<Field>
    public let contact: Contact
    public let candidates: [Contact]

    public init(replacing contact: Contact, candidates: [Contact]) {
        self.contact = contact
        self.candidates = candidates
        state = FormState(
            title: "\(contact.name) is the main point of contact",
            fields: [FormState.choice(.successor, "Who takes over?", candidates.map(\.name), selected: 0)])
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        let successor = candidates.indices.contains(state.choice(.successor)) ? candidates[state.choice(.successor)].id : nil
        return .removeContact(id: contact.id ?? 0, successor: successor)
    }
}
