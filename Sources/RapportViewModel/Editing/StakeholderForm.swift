import RapportCore
import RapportStore

/// An initiative's stakeholders: each contact of its account is not one, or an internal or an
/// external stakeholder (which version of a stakeholder update they get).
public struct StakeholderForm: RecordForm {
    public enum Field: Hashable, Sendable {
        /// The contact at this index of `contacts`.
        case contact(Int)
    }

    public var state: FormState<Field>
    public let initiativeID: Int64
    public let initiativeTitle: String
    public let accountID: Int64
    public let contacts: [Contact]

    /// The choices, in order: the first is "not a stakeholder".
    static let options = ["—"] + StakeholderAudience.allCases.map(\.label)

    public init(initiative: Initiative, contacts: [Contact], stakeholders: [InitiativeStakeholder]) {
        initiativeID = initiative.id ?? 0
        initiativeTitle = initiative.title
        accountID = initiative.accountID
        self.contacts = contacts
        let fields = contacts.enumerated().map { index, contact in
            let audience = stakeholders.first { $0.contactID == contact.id }?.audience
            let selected = audience.flatMap { StakeholderAudience.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            return FormState<Field>.choice(.contact(index), contact.name, Self.options, selected: selected)
        }
        state = FormState(title: "Stakeholders", fields: fields)
    }

    var stakeholders: [InitiativeStakeholder] {
        contacts.enumerated().compactMap { index, contact in
            let choice = state.choice(.contact(index))
            guard choice > 0, let id = contact.id else { return nil }
            return InitiativeStakeholder(initiativeID: initiativeID, contactID: id, audience: StakeholderAudience.allCases[choice - 1])
        }
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent { .setStakeholders(initiativeID: initiativeID, stakeholders) }
}
