import Foundation
import GRDB
import RapportCore

/// Writes a demo book: one thread generates accounts and turns each into the rows it needs
/// (ids included, summaries and search text computed in hand), the calling thread only binds
/// and inserts them. Each account's children go in one multi-row statement per table.
struct DemoRows {
    private let db: Database
    private var statements: [String: BulkStatement] = [:]

    /// Accounts cross between the threads in batches: one hand-over per account cost more in
    /// waking threads than the work it let run in parallel.
    static let batchSize = 64
    /// Search entries are staged in a plain table and indexed by one INSERT ... SELECT per batch:
    /// FTS5 builds its index several times faster that way than row by row, and batches keep the
    /// staging table small however large the book.
    static let searchBatch = 5_000

    init(_ db: Database) throws {
        self.db = db
        try db.execute(sql: "CREATE TEMP TABLE demo_search (id INTEGER PRIMARY KEY, own TEXT NOT NULL, other TEXT NOT NULL)")
    }

    /// What crosses from the generating thread.
    private enum Message: Sendable {
        case accounts([DemoAccountRows])
        case done(BookMetricSums)
    }

    mutating func insert(_ book: DemoBook, basis: SummaryBasis) throws -> (count: Int, sums: BookMetricSums) {
        let firstIDs = DemoIDs(
            account: try nextID("account"), contact: try nextID("contact"), interaction: try nextID("interaction"))
        let handOff = HandOff<Message>(capacity: 8)
        let producer = Thread {
            var ids = firstIDs
            var sums = BookMetricSums()
            var batch: [DemoAccountRows] = []
            var going = true
            book.forEachAccount { demo in
                guard going else { return }
                sums.add(demo.metrics)
                batch.append(DemoAccountRows(demo, ids: &ids, basis: basis))
                if batch.count == Self.batchSize {
                    going = handOff.put(.accounts(batch))
                    batch = []
                }
            }
            if going && !batch.isEmpty { going = handOff.put(.accounts(batch)) }
            if going { _ = handOff.put(.done(sums)) }
            handOff.finish()
        }
        producer.start()
        var count = 0
        var sums = BookMetricSums()
        do {
            while let message = handOff.take() {
                switch message {
                case .accounts(let batch):
                    for account in batch {
                        for (table, rows) in account.tables { try insert(table, rows) }
                        count += 1
                        if count % Self.searchBatch == 0 { try flushSearch() }
                    }
                case .done(let totals):
                    sums = totals
                }
            }
        } catch {
            handOff.cancel()
            throw error
        }
        try flushSearch()
        try db.execute(sql: "DROP TABLE temp.demo_search")
        return (count, sums)
    }

    private func nextID(_ table: String) throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0) + 1
    }

    private func flushSearch() throws {
        try db.execute(sql: "INSERT INTO account_search (rowid, own, other) SELECT id, own, other FROM temp.demo_search")
        try db.execute(sql: "DELETE FROM temp.demo_search")
    }

    /// Inserts `rows` (each the table's columns, in order) in one statement.
    private mutating func insert(_ table: String, _ rows: [[BulkStatement.Value]]) throws {
        guard !rows.isEmpty, let columns = DemoAccountRows.columns[table] else { return }
        let key = "\(table)#\(rows.count)"
        let statement: BulkStatement
        if let cached = statements[key] {
            statement = cached
        } else {
            let row = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
            statement = try BulkStatement(
                db, sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: rows.count).joined(separator: ", "))")
            statements[key] = statement
        }
        try statement.run(rows)
    }
}

/// The next id of each table whose rows children point at: given out in order, so a child
/// names its parent without reading an id back.
struct DemoIDs: Sendable {
    var account: Int64
    var contact: Int64
    var interaction: Int64

    mutating func take(_ keyPath: WritableKeyPath<DemoIDs, Int64>, count: Int = 1) -> Int64 {
        let first = self[keyPath: keyPath]
        self[keyPath: keyPath] += Int64(count)
        return first
    }
}
