import RapportCore

/// What a form is for: the action ("Edit contact"), then the record and its account, most
/// specific first ("Ana Ruiz", "Copper Materials"). Kept in parts so the screen can shorten
/// the names and never the action.
public struct FormTitle: Hashable, Sendable, CustomStringConvertible {
    public var action: String
    public var subjects: [String]

    public init(action: String, subjects: [String] = []) {
        self.action = action
        self.subjects = subjects
    }

    /// "Edit contact · Ana Ruiz · Copper Materials"
    public var description: String { ([action] + subjects).joined(separator: " · ") }
}

extension OpenForm {
    /// The form's title with the record it edits and the account it belongs to, named from
    /// `accountName` (what is loaded); a name that is not loaded is left out, not guessed.
    func title(accountName: (Int64) -> String?) -> FormTitle {
        func named(_ record: String?, account accountID: Int64) -> FormTitle {
            FormTitle(action: title, subjects: [record, accountName(accountID)].compactMap { $0 }.filter { !$0.isEmpty })
        }
        switch self {
        case .account(let form): return FormTitle(action: title, subjects: form.original.map { [$0.name] } ?? [])
        case .contact(let form): return named(form.original?.name, account: form.accountID)
        case .initiative(let form): return named(form.original?.title, account: form.accountID)
        case .interaction(let form):
            return named(form.original.map { "\($0.kind.label) of \($0.date.iso)" }, account: form.accountID)
        case .opportunity(let form): return named(form.original?.name, account: form.accountID)
        case .metricMonth(let form):
            return FormTitle(action: "Record a month of \(MetricsView.label(of: form.metricName))", subjects: accountName(form.accountID).map { [$0] } ?? [])
        case .successor(let form): return named(nil, account: form.contact.accountID)
        case .changeNote(let form): return named(form.initiativeTitle, account: form.accountID)
        case .milestone(let form): return named(form.original?.title, account: form.accountID)
        case .stakeholders(let form): return named(form.initiativeTitle, account: form.accountID)
        }
    }
}
