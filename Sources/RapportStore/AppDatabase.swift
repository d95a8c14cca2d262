import Foundation
import Synchronization
import GRDB
import RapportCore

/// The file store: every read the app needs, and every write as one intent-named transaction
/// that is recorded in the change log and keeps the account summaries current.
///
/// Built on a GRDB `DatabasePool` in WAL mode for files (readers never wait for the writer), or
/// a `DatabaseQueue` in memory for tests. Either way it is a real SQLite.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The file path, or ":memory:".
    public let path: String
    /// This instance's name in the change log: `u` undoes what this window did, never another's.
    public let session: String
    let gate: IntegrityGate
    /// The connection the integrity check is reading through while it runs, so quitting can
    /// interrupt it (it is not the pool's, which `writer.interrupt()` reaches).
    let checkConnection = Mutex<DatabaseQueue?>(nil)
    private let basisBox: Mutex<SummaryBasis>

    init(writer: any DatabaseWriter, path: String, basis: SummaryBasis, gate: IntegrityGate) {
        self.writer = writer
        self.path = path
        self.session = UUID().uuidString
        self.gate = gate
        self.basisBox = Mutex(basis)
    }

    /// The day and calendar summaries are computed for.
    public var basis: SummaryBasis { basisBox.withLock { $0 } }

    /// Moves summaries to another day or calendar (the day rolled over while the dashboard was
    /// open); call `refreshSummaries()` afterwards to bring stored rows in line.
    public func setBasis(_ basis: SummaryBasis) { basisBox.withLock { $0 = basis } }

    /// A private in-memory store, for tests and benchmarks.
    public static func inMemory(basis: SummaryBasis) throws -> AppDatabase {
        try wrappingDatabaseErrors {
            let queue = try DatabaseQueue(configuration: configuration(busyTimeout: 1))
            try Migrations.migrator.migrate(queue)
            let database = AppDatabase(writer: queue, path: ":memory:", basis: basis, gate: IntegrityGate(.passed))
            try database.refreshSummaries()
            return database
        }
    }

    /// Closes every connection. A clean close folds the write-ahead log into the file and
    /// truncates it, so no `-wal` is left beside a closed store.
    public func close() throws {
        if let pool = writer as? DatabasePool {
            try pool.close()
            // GRDB closes the writer before its read-only readers, so SQLite's own checkpoint on
            // the last close never ran. One more connection, alone on the file, folds the log in
            // and removes the -wal and -shm files as it closes.
            try Self.wrappingDatabaseErrors {
                let last = try DatabaseQueue(path: path, configuration: Self.configuration(busyTimeout: 1))
                try last.close()
            }
        } else if let queue = writer as? DatabaseQueue {
            try queue.close()
        }
    }

    /// Stops whatever statement is running (a background check or refresh) so quitting is quick.
    public func interrupt() {
        writer.interrupt()
        checkConnection.withLock { $0?.interrupt() }
    }

    static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var configuration = Configuration()
        // Another program writing the same store makes us wait this long, not fail at once.
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // Stores can come from elsewhere: never run functions a schema smuggles in.
            try db.execute(sql: "PRAGMA trusted_schema = OFF")
            db.add(function: ShownText.function)
        }
        return configuration
    }

    // MARK: - Transactions

    /// One write transaction: waits for the integrity verdict, runs `updates`, recomputes the
    /// summaries it made stale, and commits — all or nothing. GRDB's errors become `StoreError`.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try requireWritable()
        let basis = basis
        return try Self.wrappingDatabaseErrors {
            try writer.write { db in
                let result = try updates(db)
                try SummaryRefresh.refreshStale(db, basis: basis)
                return result
            }
        }
    }

    /// A write transaction for a bulk load of rows this app generated itself: foreign keys are
    /// not checked row by row (a third of the insert time), since every child is written right
    /// after its parent with the id SQLite just gave it.
    ///
    /// When no other connection has the file open, the load also runs with a rollback journal
    /// instead of the write-ahead log: the log would have every page written twice (into the
    /// log, then into the file at the checkpoint), and a rollback journal keeps the load just
    /// as atomic. The store is back in WAL mode when the load ends.
    func bulkWrite<T>(_ updates: (Database) throws -> T) throws -> T {
        try requireWritable()
        let basis = basis
        // Our own idle readers would keep the journal mode from changing.
        (writer as? DatabasePool)?.releaseMemory()
        return try Self.wrappingDatabaseErrors {
            try writer.writeWithoutTransaction { db in
                // These only take effect outside a transaction, hence set here rather than inside.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: "PRAGMA cache_size = -65536")
                // Statement journals (every multi-row insert needs one) stay in memory, not in a
                // temporary file written page by page.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                let leftWAL = try (writer is DatabasePool) && String.fetchOne(db, sql: "PRAGMA journal_mode = TRUNCATE") == "truncate"
                defer {
                    if leftWAL { _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
                    try? db.execute(sql: "PRAGMA foreign_keys = ON")
                    try? db.execute(sql: "PRAGMA cache_size = -2000")
                    try? db.execute(sql: "PRAGMA temp_store = DEFAULT")
                }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try updates(db)
                    try SummaryRefresh.refreshStale(db, basis: basis)
                    return .commit
                }
                guard let result else { throw StoreError.database("the bulk write returned nothing") }
                return result
            }
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws -> T {
        try Self.wrappingDatabaseErrors { try writer.read(value) }
    }

    static func wrappingDatabaseErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(error)
        } catch is RowDecodingError {
            // GRDB's message quotes the whole row: client data, kept out of messages.
            throw StoreError.wrongType
        }
    }
}
