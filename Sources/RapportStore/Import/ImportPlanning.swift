import RapportCore

extension AppDatabase {
    /// Parses `rows` of `kind` and plans them against the store; a metric sheet is read in the
    /// shape `sheet` settled (`MetricSheet.make`).
    public func planImport(_ kind: ImportKind, rows: [CSVRow], parser: ImportRowParser, sheet: MetricSheet?, source: String) throws -> ImportPlan {
        switch kind {
        case .accounts:
            let parsed = parser.accounts(rows)
            return try planAccountImport(parsed.drafts, problems: parsed.problems, source: source)
        case .contacts:
            let parsed = parser.contacts(rows)
            return try planContactImport(parsed.drafts, problems: parsed.problems, source: source)
        case .interactions:
            let parsed = parser.interactions(rows)
            return try planInteractionImport(parsed.drafts, problems: parsed.problems, source: source)
        case .initiatives:
            let parsed = parser.initiatives(rows)
            return try planInitiativeImport(parsed.drafts, problems: parsed.problems, source: source)
        case .opportunities:
            let parsed = parser.opportunities(rows)
            return try planOpportunityImport(parsed.drafts, problems: parsed.problems, source: source)
        case .metrics:
            guard let sheet else { throw ImportError.other("a metric sheet needs its shape settled first (MetricSheet.make)") }
            let parsed = sheet.drafts(rows)
            return try planMetricImport(parsed.drafts, problems: parsed.problems, source: source)
        }
    }
}
