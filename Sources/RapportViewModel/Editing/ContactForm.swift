import RapportCore
import RapportStore

/// New or edit contact.
public struct ContactForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case name, title, email, phone, role, influence, sentiment, main, reportsTo, cadence
    }

    public var state: FormState<Field>
    public let original: Contact?
    public let accountID: Int64
    /// The account's other contacts, in the order the reports-to choice lists them.
    public let others: [Contact]

    static let roles = ContactRole.allCases
    static let sentiments = ContactSentiment.allCases

    public init(editing contact: Contact?, accountID: Int64, others: [Contact]) {
        original = contact
        self.accountID = accountID
        self.others = others
        typealias Form = FormState<Field>
        let reportsToIndex = contact?.reportsToID.flatMap { id in others.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        state = FormState(
            title: contact == nil ? "New contact" : "Edit contact",
            fields: [
                Form.text(.name, "Name", contact?.name ?? "", rule: .required),
                Form.text(.title, "Title", contact?.title ?? ""),
                Form.text(.email, "Email", contact?.email ?? "", rule: .email),
                Form.text(.phone, "Phone", contact?.phone ?? ""),
                Form.choice(.role, "Role", Self.roles.map(\.label), selected: contact.flatMap { Self.roles.firstIndex(of: $0.role) } ?? 3),
                Form.choice(.influence, "Influence", ["1", "2", "3", "4", "5"], selected: (contact?.influence ?? 3) - 1),
                Form.choice(
                    .sentiment, "Sentiment", Self.sentiments.map(\.rawValue),
                    selected: contact.flatMap { Self.sentiments.firstIndex(of: $0.sentiment) } ?? 1),
                Form.toggle(.main, "Main contact", contact?.isMainContact ?? false),
                Form.choice(.reportsTo, "Reports to", ["—"] + others.map(\.name), selected: reportsToIndex),
                Form.text(.cadence, "Stay in touch (days)", contact?.stayInTouchDays.map(String.init) ?? "", rule: .integer(FormLimits.cadenceDays)),
            ])
    }

    func record() -> Contact {
        var contact = original ?? Contact(
            accountID: accountID, name: "", title: "", email: "", phone: "", role: .user, influence: 3, sentiment: .neutral,
            isMainContact: false)
        contact.name = state.text(.name, keeping: original?.name)
        contact.title = state.text(.title, keeping: original?.title)
        contact.email = state.text(.email, keeping: original?.email)
        contact.phone = state.text(.phone, keeping: original?.phone)
        contact.role = Self.roles[state.choice(.role)]
        contact.influence = state.choice(.influence) + 1
        contact.sentiment = Self.sentiments[state.choice(.sentiment)]
        contact.isMainContact = state.isOn(.main)
        let reportsTo = state.choice(.reportsTo)
        contact.reportsToID = reportsTo == 0 || reportsTo > others.count ? nil : others[reportsTo - 1].id
        contact.stayInTouchDays = state.integer(.cadence)
        return contact
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        guard let original else { return .addContact(record()) }
        return .editContact(edit(original, record(), overwriting: overwriting))
    }
}
