import RapportCore
import RapportStore

/// New or edit opportunity.
public struct OpportunityForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case name, kind, amount, probability, close, category, stage
    }

    public var state: FormState<Field>
    public let original: Opportunity?
    public let accountID: Int64

    static let kinds = OpportunityKind.allCases
    static let categories = ForecastCategory.allCases

    public init(editing opportunity: Opportunity?, accountID: Int64) {
        original = opportunity
        self.accountID = accountID
        typealias Form = FormState<Field>
        state = FormState(
            title: opportunity == nil ? "New opportunity" : "Edit opportunity",
            fields: [
                Form.text(.name, "Name", opportunity?.name ?? "", rule: .required),
                Form.choice(.kind, "Kind", Self.kinds.map(\.label), selected: opportunity.flatMap { Self.kinds.firstIndex(of: $0.kind) } ?? 1),
                Form.text(.amount, "Amount", opportunity.map { $0.amount.full } ?? "", rule: .money),
                Form.text(.probability, "Probability (%)", String(opportunity?.probability ?? 50), rule: .integer(0...100)),
                Form.text(.close, "Expected close", opportunity?.expectedClose.iso ?? "", rule: .date),
                Form.choice(
                    .category, "Forecast category", Self.categories.map(\.label),
                    selected: opportunity.flatMap { Self.categories.firstIndex(of: $0.category) } ?? 0),
                Form.text(.stage, "Stage", opportunity?.stage ?? ""),
            ])
    }

    func record(today: Day) -> Opportunity {
        var opportunity = original ?? Opportunity(
            accountID: accountID, name: "", kind: .upsell, amount: .zero, probability: 50, expectedClose: today, category: .pipeline)
        opportunity.name = state.text(.name, keeping: original?.name)
        opportunity.kind = Self.kinds[state.choice(.kind)]
        opportunity.amount = (try? MoneyInput.parse(state.value(.amount)).get()) ?? .zero
        opportunity.probability = min(100, max(0, state.integer(.probability) ?? 0))
        opportunity.expectedClose = state.day(.close, today: today) ?? opportunity.expectedClose
        opportunity.category = Self.categories[state.choice(.category)]
        opportunity.stage = state.text(.stage, keeping: original?.stage)
        return opportunity
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        guard let original else { return .addOpportunity(record(today: today)) }
        return .editOpportunity(edit(original, record(today: today), overwriting: overwriting))
    }
}
