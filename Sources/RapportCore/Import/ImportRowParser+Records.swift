/// Rows of interactions, initiatives and opportunities into drafts, each cell checked by the
/// rule its form applies.
extension ImportRowParser {
    public func interactions(_ rows: [CSVRow]) -> (drafts: [InteractionDraft], problems: [ImportProblem]) {
        parse(rows) { row, cell in
            var draft = InteractionDraft(line: row.line)
            draft.id = cell(.id) { try Self.id($0) }
            draft.account = accountReference(cell)
            draft.date = cell(.date) { try date($0, column: mapping.columns[.date]) }
            draft.kind = cell(.type) { try Self.choice($0, ImportChoices.interactionKind, InteractionKind.allCases.map(\.label)) }
            draft.contacts = cell(.contacts) { text in
                let names = try text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).compactMap { try ImportValues.text(String($0)) }
                return names.isEmpty ? nil : names
            }
            draft.contactIDs = cell(.contactIDs) { text in
                let ids = try text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " }).compactMap { try Self.id(String($0)) }
                return ids.isEmpty ? nil : ids
            }
            draft.summary = cell(.summary) { try ImportValues.notes($0) }
            draft.nextStep = cell(.nextStep) { try ImportValues.text($0, limit: ImportValues.longTextLimit) }
            if draft.id == nil {
                if draft.summary == nil { throw ValueProblem("no summary — every new interaction needs one") }
                if draft.date == nil { throw ValueProblem("no date — every new interaction needs the day it happened") }
                try requireAccount(draft.account, noun: "interaction")
            }
            return draft
        }
    }

    public func initiatives(_ rows: [CSVRow]) -> (drafts: [InitiativeDraft], problems: [ImportProblem]) {
        parse(rows) { row, cell in
            var draft = InitiativeDraft(line: row.line)
            draft.id = cell(.id) { try Self.id($0) }
            draft.account = accountReference(cell)
            draft.title = cell(.title) { try ImportValues.text($0) }
            draft.objective = cell(.objective) { try ImportValues.notes($0) }
            draft.owner = cell(.owner) { try ImportValues.text($0) }
            draft.status = cell(.status) { try Self.choice($0, ImportChoices.initiativeStatus, InitiativeStatus.allCases.map(\.label)) }
            draft.progress = cell(.progress) { try Self.percent($0, what: "progress") }
            draft.dueDate = cell(.due) { try date($0, column: mapping.columns[.due]) }
            if draft.id == nil {
                if draft.title == nil { throw ValueProblem("no title — every new initiative needs one") }
                try requireAccount(draft.account, noun: "initiative")
            }
            return draft
        }
    }

    public func opportunities(_ rows: [CSVRow]) -> (drafts: [OpportunityDraft], problems: [ImportProblem]) {
        parse(rows) { row, cell in
            var draft = OpportunityDraft(line: row.line)
            draft.id = cell(.id) { try Self.id($0) }
            draft.account = accountReference(cell)
            draft.name = cell(.name) { try ImportValues.text($0) }
            draft.kind = cell(.type) { try Self.choice($0, ImportChoices.opportunityKind, OpportunityKind.allCases.map(\.label)) }
            draft.amount = cell(.amount) { try Self.amount($0) }
            draft.probability = cell(.probability) { try Self.percent($0, what: "probability") }
            draft.expectedClose = cell(.close) { try date($0, column: mapping.columns[.close]) }
            draft.category = cell(.category) { try Self.choice($0, ImportChoices.forecastCategory, ForecastCategory.allCases.map(\.label)) }
            draft.stage = cell(.stage) { try ImportValues.text($0) }
            if draft.id == nil {
                if draft.name == nil { throw ValueProblem("no name — every new opportunity needs one") }
                if draft.expectedClose == nil { throw ValueProblem("no close date — every new opportunity needs the day it is expected to close") }
                try requireAccount(draft.account, noun: "opportunity")
            }
            return draft
        }
    }

    // MARK: - Shared cells

    func accountReference(_ cell: RowCells) -> AccountReference {
        AccountReference(
            id: cell(.accountID) { try Self.id($0) },
            name: cell(.account) { try ImportValues.text($0) },
            domain: cell(.domain) { ImportValues.domain(ofWebsite: $0) })
    }

    func requireAccount(_ account: AccountReference, noun: String) throws {
        guard account.isEmpty else { return }
        throw ValueProblem("no account — every new \(noun) needs its account's name or Rapport id")
    }

    /// A money amount as exports write one (see `ImportAmount`).
    static func amount(_ text: String) throws -> Money? {
        switch ImportAmount.parse(text) {
        case .success(let money): return money
        case .failure(.empty): return nil
        case .failure(.notAnAmount): throw ValueProblem("'\(text)' is not an amount — expected 1,250,000, $12,400.50, 1.234,50 € or 1.2M")
        case .failure(let error): throw ValueProblem("'\(text)': \(error)")
        }
    }

    /// "40", "40%" or "40 %": a whole percentage from 0 to 100.
    static func percent(_ text: String, what: String) throws -> Int? {
        var trimmed = Substring(text).trimmingWhitespace()
        if trimmed.isEmpty { return nil }
        if trimmed.hasSuffix("%") { trimmed = trimmed.dropLast().trimmingWhitespace() }
        guard let value = Int(trimmed), (0...100).contains(value) else {
            throw ValueProblem("'\(text)' — expected a \(what) from 0 to 100")
        }
        return value
    }
}

/// The words a CRM or a spreadsheet uses for Rapport's choices, besides Rapport's own.
public enum ImportChoices {
    public static func interactionKind(_ text: String) -> InteractionKind? {
        let key = ColumnMapping.fold(text)
        return InteractionKind.allCases.first { ColumnMapping.fold($0.rawValue) == key || ColumnMapping.fold($0.label) == key }
            ?? ["phonecall": .call, "qbr": .businessReview, "ebr": .businessReview, "review": .businessReview, "other": .note][key]
    }

    public static func initiativeStatus(_ text: String) -> InitiativeStatus? {
        let key = ColumnMapping.fold(text)
        return InitiativeStatus.allCases.first { ColumnMapping.fold($0.rawValue) == key || ColumnMapping.fold($0.label) == key }
            ?? ["notstarted": .planned, "inprogress": .onTrack, "completed": .done, "complete": .done][key]
    }

    public static func opportunityKind(_ text: String) -> OpportunityKind? {
        let key = ColumnMapping.fold(text)
        return OpportunityKind.allCases.first { ColumnMapping.fold($0.rawValue) == key || ColumnMapping.fold($0.label) == key }
            ?? ["existingbusiness": .upsell, "expansion": .upsell, "new": .newBusiness][key]
    }

    public static func forecastCategory(_ text: String) -> ForecastCategory? {
        let key = ColumnMapping.fold(text)
        return ForecastCategory.allCases.first { ColumnMapping.fold($0.rawValue) == key || ColumnMapping.fold($0.label) == key }
            ?? ["won": .closedWon, "closed": .closedWon, "lost": .closedLost][key]
    }
}
