import RapportCore
import RapportStore

/// One month of one metric for an account: actual and target. The metric's kind decides how
/// the figures are read: money for revenue (`1.2M`, `$100,000`), whole numbers otherwise.
public struct MetricMonthForm: RecordForm {
    public enum Field: Hashable, Sendable {
        case metric, month, actual, target
    }

    public var state: FormState<Field>
    public let accountID: Int64

    public init(accountID: Int64, metric: String, month: YearMonth) {
        self.accountID = accountID
        typealias Form = FormState<Field>
        state = FormState(
            title: "Record a metric",
            fields: [
                Form.text(.metric, "Metric", metric, rule: .metricName, required: true),
                Form.text(.month, "Month (YYYY-MM)", month.iso, rule: .month, required: true),
                Form.text(.actual, "Actual", ""),
                Form.text(.target, "Target", ""),
            ], focusedIndex: 2)
    }

    /// The metric as stored: lowercased, words joined by hyphens ("Active users" → "active-users").
    var metricName: String { state.value(.metric).lowercased().split(separator: " ").joined(separator: "-") }

    var kind: MetricKind { MetricKind.of(metric: metricName) }

    mutating func validate(today: Day) -> Bool {
        var valid = state.validate(today: today)
        for field in [Field.actual, .target] {
            let value = state.value(field)
            guard !value.isEmpty, case .failure(let error) = kind.parse(value) else { continue }
            state.setError(error.description, for: field)
            valid = false
        }
        if !valid, let first = [Field.metric, .month, .actual, .target].first(where: { state.error(for: $0) != nil }) {
            state.focus(first)
        }
        return valid
    }

    func figure(_ field: Field) -> Int64? {
        let value = state.value(field)
        guard !value.isEmpty else { return nil }
        return try? kind.parse(value).get()
    }

    func intent(today: Day, overwriting: Bool) -> StoreIntent {
        let month = YearMonth(iso: state.value(.month)) ?? today.yearMonth
        return .recordMetric(MetricPoint(accountID: accountID, metric: metricName, month: month, actual: figure(.actual), target: figure(.target)))
    }
}
