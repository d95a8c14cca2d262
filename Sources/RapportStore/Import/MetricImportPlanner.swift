import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Plans a metric sheet: each month is matched by account, metric and month; a month
    /// already stored is updated when a figure differs and left alone otherwise. A blank
    /// figure keeps the stored one, so a sheet of actuals leaves the targets as they are.
    public func planMetricImport(_ drafts: [MetricDraft], problems: [ImportProblem], source: String) throws -> ImportPlan {
        try read { db in
            var plan = ImportPlan(kind: .metrics, source: source)
            plan.problems = problems
            let resolver = AccountResolver(book: try BookIndex(db))
            let metrics = Array(Set(drafts.map(\.metric))).sorted()
            var stored: [String: MetricPoint] = [:]
            if !metrics.isEmpty {
                let points = try MetricPointRecord.filter(metrics.contains(Column("metric"))).fetchAll(db).map(\.value)
                for point in points { stored[Self.monthKey(point.accountID, point.metric, point.month)] = point }
            }
            var claimed: [String: Int] = [:]
            var unresolvedLines: Set<Int> = []
            for draft in drafts {
                let account: Account
                switch resolver.resolve(draft.account) {
                case .success(let found): account = found
                case .failure(let problem):
                    // A wide row's months share its account: one problem for the line, not one per month.
                    if !unresolvedLines.contains(draft.line) { plan.problems.append(ImportProblem(line: draft.line, message: problem.message)) }
                    unresolvedLines.insert(draft.line)
                    continue
                }
                let accountID = account.id ?? 0
                let key = Self.monthKey(accountID, draft.metric, draft.month)
                if let earlier = claimed[key] {
                    plan.problems.append(ImportProblem(
                        line: draft.line, column: draft.column,
                        message: "\(draft.metric) for \(draft.month.iso) of \(account.name) is also on line \(earlier) — each month once per file"))
                    continue
                }
                claimed[key] = draft.line
                let before = stored[key]
                let point = draft.applied(to: before, accountID: accountID)
                let subject = "\(account.name) \(draft.metric) \(draft.month.iso)"
                if let before {
                    if before == point {
                        plan.unchanged.append(.init(line: draft.line, subject: subject))
                    } else {
                        let fields = [before.actual != point.actual ? "actual" : nil, before.target != point.target ? "target" : nil].compactMap { $0 }
                        plan.updated.append(.init(line: draft.line, subject: subject, fields: fields))
                        plan.changes.metricWrites.append(MetricWrite(planned: before, point: point))
                    }
                } else {
                    plan.created.append(.init(line: draft.line, subject: subject))
                    plan.changes.metricWrites.append(MetricWrite(planned: nil, point: point))
                }
            }
            plan.problems.sort { $0.line != $1.line ? $0.line < $1.line : ($0.column ?? 0) < ($1.column ?? 0) }
            plan.changes.description = "imported \(source)"
            return plan
        }
    }

    private static func monthKey(_ accountID: Int64, _ metric: String, _ month: YearMonth) -> String {
        "\(accountID) \(metric) \(month.iso)"
    }
}
