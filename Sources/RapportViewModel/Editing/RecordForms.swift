import RapportCore

/// The forms for each kind of record: fields, their rules, and turning values back into records.
enum RecordForms {
    static let tiers = AccountTier.allCases
    static let roles = ContactRole.allCases
    static let sentiments = ContactSentiment.allCases
    static let statuses = InitiativeStatus.allCases
    static let kinds = InteractionKind.allCases

    static func text(_ id: String, _ label: String, _ value: String, rule: FieldRule = .none, limit: Int = FieldValidation.shortTextLimit) -> FormField {
        FormField(id: id, label: label, kind: .text(TextFieldState(value, maxLength: limit)), rule: rule)
    }

    static func choice(_ id: String, _ label: String, _ options: [String], selected: Int) -> FormField {
        FormField(id: id, label: label, kind: .choice(options: options, selected: max(0, min(selected, options.count - 1))))
    }

    static func account(_ account: Account?) -> FormState {
        FormState(
            title: account == nil ? "New account" : "Edit account",
            fields: [
                text("name", "Name", account?.name ?? "", rule: .required),
                text("industry", "Industry", account?.industry ?? ""),
                text("region", "Region", account?.region ?? ""),
                choice("tier", "Tier", tiers.map(\.label), selected: account.flatMap { tiers.firstIndex(of: $0.tier) } ?? 2),
                text("owner", "Owner", account?.owner ?? ""),
                text("arr", "ARR", account.map { $0.annualRecurringRevenue.full } ?? "", rule: .custom(id: "money")),
                text("renewal", "Renewal date", account?.renewalDate?.iso ?? "", rule: .date),
                text("cadence", "Stay in touch (days)", account?.stayInTouchDays.map(String.init) ?? "", rule: .integer(FieldValidation.cadenceRange)),
                text("followUp", "Next follow-up", account?.nextFollowUp?.iso ?? "", rule: .date),
                text("notes", "Notes", account?.notes ?? "", limit: FieldValidation.longTextLimit),
            ])
    }

    static func contact(_ contact: Contact?, others: [Contact]) -> FormState {
        let reportsToOptions = ["—"] + others.map(\.name)
        let reportsToIndex = contact?.reportsToID.flatMap { id in others.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        return FormState(
            title: contact == nil ? "New contact" : "Edit contact",
            fields: [
                text("name", "Name", contact?.name ?? "", rule: .required),
                text("title", "Title", contact?.title ?? ""),
                text("email", "Email", contact?.email ?? "", rule: .email),
                text("phone", "Phone", contact?.phone ?? ""),
                choice("role", "Role", roles.map(\.label), selected: contact.flatMap { roles.firstIndex(of: $0.role) } ?? 3),
                choice("influence", "Influence", ["1", "2", "3", "4", "5"], selected: (contact?.influence ?? 3) - 1),
                choice("sentiment", "Sentiment", sentiments.map(\.rawValue), selected: contact.flatMap { sentiments.firstIndex(of: $0.sentiment) } ?? 1),
                FormField(id: "main", label: "Main contact", kind: .toggle(contact?.isMainContact ?? false)),
                choice("reportsTo", "Reports to", reportsToOptions, selected: reportsToIndex),
                text("cadence", "Stay in touch (days)", contact?.stayInTouchDays.map(String.init) ?? "", rule: .integer(FieldValidation.cadenceRange)),
            ])
    }

    static func initiative(_ initiative: Initiative?, defaultOwner: String) -> FormState {
        FormState(
            title: initiative == nil ? "New initiative" : "Edit initiative",
            fields: [
                text("title", "Title", initiative?.title ?? "", rule: .required),
                text("objective", "Objective", initiative?.objective ?? ""),
                text("owner", "Owner", initiative?.owner ?? defaultOwner),
                choice("status", "Status", statuses.map(\.label), selected: initiative.flatMap { statuses.firstIndex(of: $0.status) } ?? 0),
                text("progress", "Progress (%)", String(initiative?.progress ?? 0), rule: .integer(0...100)),
                text("due", "Due date", initiative?.dueDate?.iso ?? "", rule: .date),
            ])
    }

    static func interaction(contacts: [Contact], existing: Interaction? = nil) -> FormState {
        var fields = [
            choice("kind", "Kind", kinds.map(\.label), selected: existing.flatMap { kinds.firstIndex(of: $0.kind) } ?? 0),
            text("date", "Date", existing?.date.iso ?? "today", rule: .date),
            text("summary", "Summary", existing?.summary ?? "", rule: .required),
            text("next", "Next step", existing?.nextStep ?? ""),
        ]
        // The follow-up belongs to the account; only a new interaction offers to set it.
        if existing == nil { fields.append(text("followUp", "Next follow-up", "", rule: .date)) }
        for (index, contact) in contacts.enumerated() {
            let involved = existing.map { interaction in contact.id.map { interaction.contactIDs.contains($0) } ?? false } ?? contact.isMainContact
            fields.append(FormField(id: "with\(index)", label: "With \(contact.name)", kind: .toggle(involved)))
        }
        return FormState(title: existing == nil ? "Log an interaction" : "Edit interaction", fields: fields, focusedIndex: 2)
    }

    static let opportunityKinds = OpportunityKind.allCases
    static let categories = ForecastCategory.allCases

    static func opportunity(_ opportunity: Opportunity?) -> FormState {
        FormState(
            title: opportunity == nil ? "New opportunity" : "Edit opportunity",
            fields: [
                text("name", "Name", opportunity?.name ?? "", rule: .required),
                choice("kind", "Kind", opportunityKinds.map(\.label), selected: opportunity.flatMap { opportunityKinds.firstIndex(of: $0.kind) } ?? 1),
                text("amount", "Amount", opportunity.map { $0.amount.full } ?? "", rule: .custom(id: "money")),
                text("probability", "Probability (%)", String(opportunity?.probability ?? 50), rule: .integer(0...100)),
                text("close", "Expected close", opportunity?.expectedClose.iso ?? "", rule: .date),
                choice("category", "Forecast category", categories.map(\.label), selected: opportunity.flatMap { categories.firstIndex(of: $0.category) } ?? 0),
                text("stage", "Stage", opportunity?.stage ?? ""),
            ])
    }

    static func metricValue(metric: String, month: YearMonth) -> FormState {
        FormState(
            title: "Record a metric",
            fields: [
                text("metric", "Metric", metric, rule: .custom(id: "metricName")),
                text("month", "Month (YYYY-MM)", month.iso, rule: .custom(id: "month")),
                text("actual", "Actual", "", rule: .custom(id: "number")),
                text("target", "Target", "", rule: .custom(id: "number")),
            ], focusedIndex: 2)
    }

    static func successor(for contact: Contact, candidates: [Contact]) -> FormState {
        FormState(
            title: "\(contact.name) is the main point of contact",
            fields: [choice("successor", "Who takes over?", candidates.map(\.name), selected: 0)])
    }

    /// Checks what the generic rules leave to the caller (dates, money); true when all is well.
    static func validate(_ form: inout FormState, today: Day) -> Bool {
        var valid = form.validate()
        for field in form.fields {
            let value = form.value(field.id)
            var problem: String?
            switch field.rule {
            case .date where !value.isEmpty:
                if case .failure(let error) = DateInput.parse(value, today: today) { problem = error.description }
            case .custom(id: "money") where !value.isEmpty:
                if case .failure(let error) = MoneyInput.parse(value) { problem = error.description }
            case .custom(id: "month"):
                if YearMonth(iso: value) == nil { problem = "'\(value.prefix(24))' is not a month; use 2026-11" }
            case .custom(id: "metricName"):
                if value.isEmpty || value.count > 40 || !value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) {
                    problem = "a name of letters, digits, spaces or dashes (at most 40)"
                }
            case .custom(id: "number") where !value.isEmpty:
                if Double(value.replacingOccurrences(of: ",", with: ""))?.isFinite != true || abs(Double(value.replacingOccurrences(of: ",", with: "")) ?? 0) > 1e15 {
                    problem = "'\(value.prefix(24))' is not a number"
                }
            default:
                break
            }
            if let problem {
                form.setError(problem, for: field.id)
                valid = false
            }
        }
        if !valid { form.focusFirstError() }
        return valid
    }

    static func day(_ form: FormState, _ id: String, today: Day) -> Day? {
        let value = form.value(id)
        guard !value.isEmpty, case .success(let day) = DateInput.parse(value, today: today) else { return nil }
        return day
    }

    static func integer(_ form: FormState, _ id: String) -> Int? { Int(form.value(id)) }
}
