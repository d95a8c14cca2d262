import RapportCore
import RapportStore

/// New or edit account.
public struct AccountForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case name, industry, region, tier, owner, arr, renewal, cadence, followUp, notes
    }

    public var state: FormState<Field>
    /// The account as the form opened it; nil for a new one.
    public let original: Account?

    static let tiers = AccountTier.allCases

    public init(editing account: Account?) {
        original = account
        typealias Form = FormState<Field>
        state = FormState(
            title: account == nil ? "New account" : "Edit account",
            fields: [
                Form.text(.name, "Name", account?.name ?? "", rule: .required),
                Form.text(.industry, "Industry", account?.industry ?? ""),
                Form.text(.region, "Region", account?.region ?? ""),
                Form.choice(.tier, "Tier", Self.tiers.map(\.label), selected: account.flatMap { Self.tiers.firstIndex(of: $0.tier) } ?? 2),
                Form.text(.owner, "Owner", account?.owner ?? ""),
                Form.text(.arr, "ARR", account.map { $0.annualRecurringRevenue.full } ?? "", rule: .money),
                Form.text(.renewal, "Renewal date", account?.renewalDate?.iso ?? "", rule: .date),
                Form.text(.cadence, "Stay in touch (days)", account?.stayInTouchDays.map(String.init) ?? "", rule: .integer(FormLimits.cadenceDays)),
                Form.text(.followUp, "Next follow-up", account?.nextFollowUp?.iso ?? "", rule: .date),
                Form.text(.notes, "Notes", account?.notes ?? "", limit: FormLimits.longText),
            ])
    }

    /// The account the fields describe (valid forms only).
    func record(today: Day) -> Account {
        var account = original ?? Account(
            name: "", industry: "", region: "", tier: .midMarket, owner: "", annualRecurringRevenue: .zero, renewalDate: nil)
        account.name = state.text(.name, keeping: original?.name)
        account.industry = state.text(.industry, keeping: original?.industry)
        account.region = state.text(.region, keeping: original?.region)
        account.tier = Self.tiers[state.choice(.tier)]
        account.owner = state.text(.owner, keeping: original?.owner)
        account.annualRecurringRevenue = (try? MoneyInput.parse(state.value(.arr)).get()) ?? .zero
        account.renewalDate = state.day(.renewal, today: today)
        account.stayInTouchDays = state.integer(.cadence)
        account.nextFollowUp = state.day(.followUp, today: today)
        account.notes = state.text(.notes, keeping: original?.notes)
        return account
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        guard let original else { return .addAccount(record(today: today)) }
        return .editAccount(edit(original, record(today: today), overwriting: overwriting))
    }
}
