import GRDB
import RapportCore

extension AppDatabase {
    /// Everything `rapport check` finds wrong with the book as of `today`: each query reads one
    /// kind of problem with the indexes the store has (contacts and interactions by account,
    /// metric points by metric), in account-name order. A former client (left by `today`) is
    /// not checked: nothing about it needs the manager.
    public func bookProblems(today: Day) throws -> [BookProblem] {
        try read { db in
            var problems: [BookProblem] = []
            let name = ShownText.expression("name", of: "a")
            func accounts(_ kind: BookProblem.Kind, _ condition: String, detail: (Row) throws -> String) throws {
                let sql = "SELECT a.id, \(name), a.renewal_date, (\(Self.lastInteraction)), (\(Self.lastMetricMonth)) FROM account a WHERE \(Self.stillAClient) AND \(condition)"
                for row in try Row.fetchAll(db, sql: sql, arguments: [today.iso]) {
                    problems.append(BookProblem(kind: kind, accountID: try row.decode(atIndex: 0), accountName: try row.decode(atIndex: 1), detail: try detail(row)))
                }
            }
            try accounts(.noMainContact, "NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id AND c.is_main_contact <> 0)") { _ in
                "no main point of contact"
            }
            try accounts(
                .noSponsorOrDecisionMaker,
                "NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id AND c.role IN ('sponsor', 'decision-maker'))"
            ) { _ in "no sponsor or decision maker" }
            try accounts(.lapsedRenewal, "a.renewal_date IS NOT NULL AND a.renewal_date < ?1") { row in
                "renewal lapsed on \(try row.decode(atIndex: 2) as String)"
            }
            let interactionCutoff = today.adding(days: -BookProblem.staleInteractionDays).iso
            try accounts(.noRecentInteraction, "COALESCE((\(Self.lastInteraction)), '') < '\(interactionCutoff)'") { row in
                (try row.decode(atIndex: 3) as String?).map { "no interaction since \($0)" } ?? "no interaction ever"
            }
            let metricCutoff = today.yearMonth.adding(months: -BookProblem.staleMetricMonths).description
            try accounts(.noRecentMetric, "COALESCE((\(Self.lastMetricMonth)), '') < '\(metricCutoff)'") { row in
                (try row.decode(atIndex: 4) as String?).map { "no metric figure since \($0)" } ?? "no metric figure ever"
            }
            let title = ShownText.expression("title", of: "i")
            let initiativeChecks: [(BookProblem.Kind, String, String)] = [
                (.initiativeWithoutOwner, "trim(i.owner) = ''", "no owner"),
                (.initiativeWithoutDueDate, "i.due_date IS NULL", "no due date"),
                (.initiativeWithoutObjective, "trim(i.objective) = ''", "no measurable objective"),
            ]
            for (kind, condition, detail) in initiativeChecks {
                let sql = """
                    SELECT a.id, \(name), i.id, \(title), i.objective FROM initiative i JOIN account a ON a.id = i.account_id
                    WHERE i.status <> 'done' AND \(Self.stillAClient) AND \(condition)
                    """
                for row in try Row.fetchAll(db, sql: sql, arguments: [today.iso]) {
                    // The free-text objective's rule, in Swift, so a measurable objective can replace it.
                    if kind == .initiativeWithoutObjective, !InitiativeObjectiveRule.isMissing(try row.decode(atIndex: 4)) { continue }
                    problems.append(BookProblem(
                        kind: kind, accountID: try row.decode(atIndex: 0), accountName: try row.decode(atIndex: 1),
                        initiativeID: try row.decode(atIndex: 2), initiativeTitle: try row.decode(atIndex: 3), detail: detail))
                }
            }
            let order = Dictionary(uniqueKeysWithValues: BookProblem.Kind.allCases.enumerated().map { ($1, $0) })
            return problems.sorted {
                ($0.accountName.lowercased(), $0.accountID, $0.initiativeTitle ?? "", order[$0.kind] ?? 0)
                    < ($1.accountName.lowercased(), $1.accountID, $1.initiativeTitle ?? "", order[$1.kind] ?? 0)
            }
        }
    }

    /// The account `a` had not lost its client by today (?1).
    private static let stillAClient = "(a.churned_on IS NULL OR a.churned_on > ?1)"

    /// The day of the account's latest interaction that reached the client, up to today (?1).
    private static let lastInteraction = "SELECT MAX(n.date) FROM interaction n WHERE n.account_id = a.id AND n.kind <> 'note' AND n.date <= ?1"
    /// The latest month with an actual figure of any metric.
    private static let lastMetricMonth = "SELECT MAX(m.month) FROM metric_point m WHERE m.account_id = a.id AND m.actual IS NOT NULL"
}
