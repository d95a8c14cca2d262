import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// Everything the store keeps derived from its rows: the account summaries, the KPI running
/// totals, the search index, the book's monthly metric sums and the ranked agenda candidates.
/// Read as stored, or recomputed from the base tables, so a test can say the two agree.
struct DerivedState: Equatable {
    var summaries: [Int64: [String: DatabaseValue]]
    var totals: [String: DatabaseValue]
    /// Each account's `own` and `other` search text.
    var search: [Int64: [String]]
    /// "metric month" → actual, target, actual count, target count.
    var bookMonths: [String: [Int64]]
    /// "YYYY-MM" → the book's opportunities expected to close that month.
    var pipelineMonths: [String: PipelineFigures]
    /// "account kind record" → list, on agenda, due, days, severity and rank (to 1e-9).
    var agenda: [String: [String]]

    static let summaryColumns = [
        "name_key", "arr_key", "renewal_key", "health", "health_band", "trouble", "touch_state", "touch_days", "touch_trigger", "arr",
        "qtd_actual", "quarter_target", "at_risk", "blocked", "overdue", "needs_contact", "renews_soon", "renewal_lapsed", "health_change",
        "follow_up_key", "risk_key", "former",
    ]

    static let totalColumns = [
        "accounts", "arr", "qtd_actual", "quarter_target", "good", "watch", "poor", "needs_contact", "at_risk", "blocked", "overdue",
        "renewals", "renewal_arr", "lapsed_renewals",
    ]

    static let noPipeline = PipelineFigures(weighted: .zero, commit: .zero, closedWon: .zero, openCount: 0)

    /// A recomputed summary, column by column as the table stores it.
    static func columns(of row: SummaryRow) -> [String: DatabaseValue] {
        let values: [any DatabaseValueConvertible] = [
            row.nameKey, row.arrKey, row.renewalKey, row.health, row.healthBand, row.trouble, row.touchState, row.touchDays,
            row.touchTrigger, row.arr, row.quarterToDateActual, row.quarterTarget, row.atRisk, row.blocked, row.overdue,
            row.needsContact, row.renewsSoon, row.renewalLapsed, row.healthChange, row.followUpKey, row.riskKey, row.former,
        ]
        return Dictionary(uniqueKeysWithValues: zip(summaryColumns, values.map(\.databaseValue)))
    }

    /// As the store holds it.
    static func stored(_ db: Database) throws -> DerivedState {
        var summaries: [Int64: [String: DatabaseValue]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account_id, \(summaryColumns.joined(separator: ", ")) FROM account_summary") {
            summaries[row[0]] = Dictionary(uniqueKeysWithValues: summaryColumns.map { ($0, row[$0] as DatabaseValue) })
        }
        let totalsRow = try Row.fetchOne(db, sql: "SELECT \(totalColumns.joined(separator: ", ")) FROM book_totals WHERE id = 1")
        let totals = Dictionary(uniqueKeysWithValues: totalColumns.map { ($0, (totalsRow?[$0] as DatabaseValue?) ?? .null) })
        var search: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT rowid, own, other FROM account_search") { search[row[0]] = [row[1], row[2]] }
        var months: [String: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT metric, month, actual, target, actual_count, target_count FROM book_metric_month") {
            let figures: [Int64] = [row[2], row[3], row[4], row[5]]
            // A month whose every point went keeps an all-zero row; that is the same as no row.
            if figures != [0, 0, 0, 0] { months["\(row[0] as String) \(row[1] as String)"] = figures }
        }
        var pipeline: [String: PipelineFigures] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT month, weighted, commit_amount, closed_won, open_count FROM book_pipeline_month") {
            let figures = PipelineFigures(
                weighted: Money(minorUnits: row[1]), commit: Money(minorUnits: row[2]), closedWon: Money(minorUnits: row[3]), openCount: row[4])
            // As with metric months, a month whose every deal went keeps an all-zero row.
            if figures != DerivedState.noPipeline { pipeline[row[0]] = figures }
        }
        let agenda = try agendaCandidates(db, from: "agenda_candidate")
        return DerivedState(summaries: summaries, totals: totals, search: search, bookMonths: months, pipelineMonths: pipeline, agenda: agenda)
    }

    /// The agenda candidates of `source` (the stored table, or a SELECT that ranks them).
    static func agendaCandidates(_ db: Database, from source: String) throws -> [String: [String]] {
        var candidates: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account_id, kind, record_id, list, on_agenda, due, days, severity, rank FROM \(source)") {
            let key = "\(row[0] as Int64) \(row[1] as String) \(row[2] as Int64)"
            let rank: Double = row[8]
            candidates[key] = [
                (row[3] as String?) ?? "-", "\(row[4] as Int64)", (row[5] as String?) ?? "-", "\(row[6] as Int64)",
                String(format: "%.9f", row[7] as Double), String(format: "%.9f", rank),
            ]
        }
        return candidates
    }

    /// Recomputed from the base tables for `basis`: summaries through the same overview query a
    /// refresh uses, totals summed here, search text and monthly sums rebuilt from the rows.
    static func recomputed(_ db: Database, basis: SummaryBasis) throws -> DerivedState {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM account ORDER BY id")
        let rows = try OverviewQuery.fetch(db, ids: ids, basis: basis).map { ($0.id, SummaryRow($0, today: basis.today)) }
        var summaries: [Int64: [String: DatabaseValue]] = [:]
        for (id, row) in rows { summaries[id] = columns(of: row) }
        let summed: [Int64] = [
            Int64(rows.count), rows.map(\.1.arr).reduce(0, +), rows.map(\.1.quarterToDateActual).reduce(0, +),
            rows.map(\.1.quarterTarget).reduce(0, +), Int64(rows.filter { $0.1.healthBand == 0 }.count),
            Int64(rows.filter { $0.1.healthBand == 1 }.count), Int64(rows.filter { $0.1.healthBand == 2 }.count),
            Int64(rows.filter(\.1.needsContact).count), Int64(rows.map(\.1.atRisk).reduce(0, +)),
            Int64(rows.map(\.1.blocked).reduce(0, +)), Int64(rows.map(\.1.overdue).reduce(0, +)),
            Int64(rows.filter(\.1.renewsSoon).count), rows.filter(\.1.renewsSoon).map(\.1.arr).reduce(0, +),
            Int64(rows.filter(\.1.renewalLapsed).count),
        ]
        let totals = Dictionary(uniqueKeysWithValues: zip(totalColumns, summed.map(\.databaseValue)))
        var search: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, industry, owner, region, notes FROM account") {
            let notes: String = row[5]
            var other = notes.isEmpty ? [] : [notes]
            other += try Row.fetchAll(db, sql: "SELECT name, email FROM contact WHERE account_id = ? ORDER BY id", arguments: [row[0]])
                .map { SearchIndexing.contactText(name: $0[0], email: $0[1]) }
            other += try Row.fetchAll(db, sql: "SELECT summary, next_step FROM interaction WHERE account_id = ? ORDER BY id", arguments: [row[0]])
                .map { SearchIndexing.interactionText(summary: $0[0], nextStep: $0[1]) }
            other += try Row.fetchAll(db, sql: "SELECT title, status FROM initiative WHERE account_id = ? ORDER BY id", arguments: [row[0]])
                .map { SearchIndexing.initiativeText(title: $0[0], status: $0[1]) }
            search[row[0]] = [
                SearchIndexing.ownText(name: row[1], industry: row[2], owner: row[3], region: row[4]), SearchIndexing.otherText(other),
            ]
        }
        var months: [String: [Int64]] = [:]
        let grouped = """
            SELECT metric, month, COALESCE(SUM(actual), 0), COALESCE(SUM(target), 0), COUNT(actual), COUNT(target)
            FROM metric_point GROUP BY metric, month
            """
        for row in try Row.fetchAll(db, sql: grouped) {
            months["\(row[0] as String) \(row[1] as String)"] = [row[2], row[3], row[4], row[5]]
        }
        // The pipeline by month, summed by Core's rule for a period from every opportunity.
        let opportunities = try OpportunityRecord.fetchAll(db).map(\.value)
        var pipeline: [String: PipelineFigures] = [:]
        for (month, deals) in Dictionary(grouping: opportunities, by: \.expectedClose.yearMonth) {
            let figures = PipelineFigures(opportunities: deals, period: Period(size: .month, containing: month, calendar: FiscalCalendar()))
            if figures != noPipeline { pipeline[month.iso] = figures }
        }
        let coefficients = try SummaryState(db).coefficients(for: basis)
        let ranked = AgendaCandidateSQL(today: basis.today, calendar: basis.calendar, coefficients: coefficients)
        let agenda = try agendaCandidates(db, from: """
            (SELECT *, \(AgendaCandidateSQL.rank(kind: "kind", score: "score")) AS rank FROM (\(ranked.selectAll())))
            """)
        return DerivedState(summaries: summaries, totals: totals, search: search, bookMonths: months, pipelineMonths: pipeline, agenda: agenda)
    }
}

extension AppDatabase {
    func storedDerivedState() throws -> DerivedState { try read(DerivedState.stored) }

    func recomputedDerivedState() throws -> DerivedState {
        let basis = basis
        return try read { db in try DerivedState.recomputed(db, basis: basis) }
    }

    /// Accounts whose stored summary is marked stale, and deleted accounts still queued for the search index.
    func pendingRefreshWork() throws -> (stale: [Int64], removedFromSearch: [Int64]) {
        try read { db in
            (try Int64.fetchAll(db, sql: "SELECT account_id FROM account_summary WHERE stale <> 0"),
             try Int64.fetchAll(db, sql: "SELECT account_id FROM account_search_removed"))
        }
    }
}

extension XCTestCase {
    /// Fails, naming the first differences, unless everything derived equals its recomputation.
    func assertDerivedStateIsCurrent(_ database: AppDatabase, _ context: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line) throws {
        let stored = try database.storedDerivedState()
        let expected = try database.recomputedDerivedState()
        let pending = try database.pendingRefreshWork()
        XCTAssertEqual(pending.stale, [], "stale summaries left after \(context())", file: file, line: line)
        XCTAssertEqual(Set(stored.summaries.keys), Set(expected.summaries.keys), "summary rows after \(context())", file: file, line: line)
        for (id, row) in expected.summaries.sorted(by: { $0.key < $1.key }) where stored.summaries[id] != row {
            let differing = DerivedState.summaryColumns.filter { stored.summaries[id]?[$0] != row[$0] }
                .map { "\($0): stored \(stored.summaries[id]?[$0].map { "\($0)" } ?? "none"), recomputed \(row[$0].map { "\($0)" } ?? "none")" }
            XCTFail("account \(id) summary after \(context()): \(differing.joined(separator: "; "))", file: file, line: line)
            break
        }
        XCTAssertEqual(stored.totals, expected.totals, "book totals after \(context())", file: file, line: line)
        XCTAssertEqual(Set(stored.search.keys), Set(expected.search.keys), "search entries after \(context())", file: file, line: line)
        for (id, texts) in expected.search.sorted(by: { $0.key < $1.key }) where stored.search[id].map({ $0 != texts }) ?? false {
            XCTFail("account \(id) search text after \(context()): stored \(stored.search[id] ?? []), rebuilt \(texts)", file: file, line: line)
            break
        }
        XCTAssertEqual(stored.bookMonths, expected.bookMonths, "book metric months after \(context())", file: file, line: line)
        XCTAssertEqual(stored.pipelineMonths, expected.pipelineMonths, "book pipeline months after \(context())", file: file, line: line)
        XCTAssertEqual(Set(stored.agenda.keys), Set(expected.agenda.keys), "agenda candidates after \(context())", file: file, line: line)
        for (key, values) in expected.agenda.sorted(by: { $0.key < $1.key }) where stored.agenda[key].map({ $0 != values }) ?? false {
            XCTFail("agenda candidate \(key) after \(context()): stored \(stored.agenda[key] ?? []), recomputed \(values)", file: file, line: line)
            break
        }
    }
}
