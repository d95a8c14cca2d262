import RapportCore
import RapportStore

/// Log (or edit) a call, email, meeting, business review or note, with who took part.
public struct InteractionForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case kind, date, summary, nextStep, followUp
        /// "With <contact>": the contact at this index of `contacts`.
        case with(Int)
    }

    public var state: FormState<Field>
    public let original: Interaction?
    public let accountID: Int64
    /// The account's contacts, in the order the "With ..." toggles list them.
    public let contacts: [Contact]

    static let kinds = InteractionKind.allCases

    public init(editing interaction: Interaction?, accountID: Int64, contacts: [Contact]) {
        original = interaction
        self.accountID = accountID
        self.contacts = contacts
        typealias Form = FormState<Field>
        var fields = [
            Form.choice(.kind, "Kind", Self.kinds.map(\.label), selected: interaction.flatMap { Self.kinds.firstIndex(of: $0.kind) } ?? 0),
            Form.text(.date, "Date", interaction?.date.iso ?? "today", rule: .date),
            Form.text(.summary, "Summary", interaction?.summary ?? "", rule: .required),
            Form.text(.nextStep, "Next step", interaction?.nextStep ?? ""),
        ]
        // The follow-up belongs to the account; only a new interaction offers to set it.
        if interaction == nil { fields.append(Form.text(.followUp, "Next follow-up", "", rule: .date)) }
        for (index, contact) in contacts.enumerated() {
            let involved = interaction.map { logged in contact.id.map { logged.contactIDs.contains($0) } ?? false } ?? contact.isMainContact
            fields.append(Form.toggle(.with(index), "With \(contact.name)", involved))
        }
        state = FormState(title: interaction == nil ? "Log an interaction" : "Edit interaction", fields: fields, focusedIndex: 2)
    }

    func record(today: Day) -> Interaction {
        var interaction = original ?? Interaction(accountID: accountID, kind: .call, date: today, summary: "")
        interaction.kind = Self.kinds[state.choice(.kind)]
        interaction.date = state.day(.date, today: today) ?? interaction.date
        interaction.summary = state.text(.summary, keeping: original?.summary)
        interaction.nextStep = state.text(.nextStep, keeping: original?.nextStep)
        interaction.contactIDs = contacts.enumerated().filter { state.isOn(.with($0.offset)) }.compactMap(\.element.id)
        return interaction
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        guard let original else { return .logInteraction(record(today: today), nextFollowUp: state.day(.followUp, today: today)) }
        return .editInteraction(edit(original, record(today: today), overwriting: overwriting))
    }
}
