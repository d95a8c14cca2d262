/// Which figure a wide metric sheet holds: `--values actual|target`.
public enum MetricSheetValues: String, CaseIterable, Hashable, Sendable {
    case actual, target
}

/// A metric sheet in one of its two shapes, read into month drafts:
/// - long: one row per account, metric and month (`Account, Metric, Month, Actual, Target`);
/// - wide: one row per account and one column per month (`Account, 2026-01, 2026-02, ...`),
///   its metric named by `--metric` (or a Metric column) and its figures actuals or targets.
///
/// Figures are read by the metric's kind, as the month form reads them: revenue as money in
/// exact cents, counts and scores as whole numbers (a score may be negative). Never a `Double`.
public struct MetricSheet: Sendable {
    public enum Shape: Sendable {
        case long
        /// Month columns in file order, and which figure they hold.
        case wide(months: [(column: Int, month: YearMonth)], values: MetricSheetValues)
    }

    public let parser: ImportRowParser
    public let shape: Shape
    /// The metric every row has unless its Metric column says otherwise.
    public let metric: String?

    /// Settles the sheet's shape and metric from its mapping and the options, or says what is missing.
    public static func make(parser: ImportRowParser, metric: String?, values: MetricSheetValues?) -> Result<MetricSheet, ImportError> {
        let mapping = parser.mapping
        var named: String?
        if let metric {
            guard let name = MetricName.normalized(metric) else {
                return .failure(.mapping("--metric: '\(metric)' — \(MetricName.rule)"))
            }
            named = name
        }
        let shape: Shape
        if mapping.columns[.month] != nil {
            if values != nil {
                return .failure(.mapping("--values is for a wide sheet (one column per month); this sheet has a month column, so its Actual and Target columns say which is which"))
            }
            guard mapping.columns[.actual] != nil || mapping.columns[.target] != nil else {
                return .failure(.mapping("no column gives the figures — expected a column such as 'Actual', 'Value' or 'Revenue', or 'Target', 'Plan' or 'Quota', or name one with --map 'Column=actual'"))
            }
            shape = .long
            // A billing export's "Revenue" column says what it holds.
            if named == nil, mapping.columns[.metric] == nil, let column = mapping.columns[.actual],
                ["revenue", "mrr"].contains(ColumnMapping.fold(mapping.header[column]))
            {
                named = MetricPoint.revenue
            }
        } else if !mapping.monthColumns.isEmpty {
            shape = .wide(months: mapping.monthColumns.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, values: values ?? .actual)
        } else {
            return .failure(.mapping(
                "no month — expected a column such as 'Month' or 'Period' (one row per month), or one column per month named like 2026-01, Jan 2026, Jan-26 or 01/2026 (a wide sheet)"))
        }
        if named == nil && mapping.columns[.metric] == nil {
            return .failure(.mapping("no metric — give a column such as 'Metric', or name the sheet's metric with --metric NAME (revenue, nps, active-users...)"))
        }
        return .success(MetricSheet(parser: parser, shape: shape, metric: named))
    }

    /// Months with figures, one draft each; a row with any bad cell gives problems instead.
    public func drafts(_ rows: [CSVRow]) -> (drafts: [MetricDraft], problems: [ImportProblem]) {
        let parsed = parser.parse(rows) { row, cell -> [MetricDraft] in
            let account = parser.accountReference(cell)
            if account.isEmpty { throw ValueProblem("no account — give the account's name or Rapport id") }
            let metric = cell(.metric) { text -> String? in
                let trimmed = String(Substring(text).trimmingWhitespace())
                if trimmed.isEmpty { return nil }
                guard let name = MetricName.normalized(trimmed) else { throw ValueProblem("'\(trimmed)' — a metric name: \(MetricName.rule)") }
                return name
            } ?? self.metric
            guard let metric else { throw ValueProblem("no metric — fill the metric column, or pass --metric NAME") }
            let kind = MetricKind.of(metric: metric)
            switch shape {
            case .long:
                let month = cell(.month) { text -> YearMonth? in
                    guard let month = ImportMonth.read(text) else { throw ValueProblem("'\(text)' is not a month — \(ImportMonth.expected)") }
                    return month
                }
                let actual = cell(.actual) { try Self.figure($0, kind: kind, metric: metric) }
                let target = cell(.target) { try Self.figure($0, kind: kind, metric: metric) }
                guard let month else { return [] }
                return actual == nil && target == nil ? [] : [MetricDraft(line: row.line, account: account, metric: metric, month: month, actual: actual, target: target)]
            case .wide(let months, let values):
                return months.compactMap { column, month in
                    guard let figure = cell.column(column, { try Self.figure($0, kind: kind, metric: metric) }) else { return nil }
                    return MetricDraft(
                        line: row.line, column: column + 1, account: account, metric: metric, month: month,
                        actual: values == .actual ? figure : nil, target: values == .target ? figure : nil)
                }
            }
        }
        return (parsed.drafts.flatMap { $0 }, parsed.problems)
    }

    /// One figure in the metric's stored units; nil for a blank cell.
    static func figure(_ text: String, kind: MetricKind, metric: String) throws -> Int64? {
        let trimmed = String(Substring(text).trimmingWhitespace())
        if trimmed.isEmpty { return nil }
        switch kind {
        case .revenue:
            return try ImportRowParser.amount(trimmed)?.minorUnits
        case .count, .score:
            switch QuantityInput.parse(trimmed, allowsNegative: kind == .score) {
            case .success(let quantity): return quantity.value
            case .failure(let error):
                let what = kind == .score ? "a score" : "a count"
                throw ValueProblem("'\(trimmed)' is not a figure for \(metric) (\(what), not money): \(error)")
            }
        }
    }
}

/// A metric's name as stored, the month form's rule: lowercased, words joined by hyphens
/// ("Active users" → "active-users"), letters, digits and hyphens, at most 40 characters.
public enum MetricName {
    public static let rule = "letters, digits, spaces and hyphens, at most 40"

    public static func normalized(_ text: String) -> String? {
        let trimmed = String(Substring(text).trimmingWhitespace())
        guard !trimmed.isEmpty, trimmed.count <= 40, trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) else { return nil }
        return trimmed.lowercased().split(separator: " ").joined(separator: "-")
    }
}
