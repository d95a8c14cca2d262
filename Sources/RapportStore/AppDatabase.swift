import Foundation
import GRDB
import RapportCore

/// The file store: every read the app needs and every write as one intent-named transaction.
///
/// Built on a GRDB `DatabasePool` in WAL mode for files (readers never wait for the writer), or
/// a `DatabaseQueue` in memory for tests. Either way it is a real SQLite.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The file path, or ":memory:".
    public let path: String

    init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        try Self.refuseNewerSchema(writer, path: path)
        try Migrations.migrator.migrate(writer)
    }

    /// Opens (or creates) the store at `path`. A file that is not SQLite, is damaged, or has a
    /// newer schema is refused with a `StoreError` and left as it was.
    public static func open(path: String) throws -> AppDatabase {
        switch StoreLocation.inspect(path) {
        case .notAFile: throw StoreError.notAFile(path: path)
        case .other: throw StoreError.notSQLite(path: path)
        case .missing: try StoreLocation.createPrivateFile(path)
        case .empty: break
        case .sqlite:
            // Look before writing: a damaged store or one from a newer Rapport is refused
            // through a read-only connection, so not one byte of it changes.
            try inspectReadOnly(path: path)
        }
        return try translatingErrors(path: path) {
            try AppDatabase(writer: try DatabasePool(path: path, configuration: configuration()), path: path)
        }
    }

    static func inspectReadOnly(path: String) throws {
        try translatingErrors(path: path) {
            let queue = try readOnlyQueue(path: path)
            defer { try? queue.close() }
            try checkIntegrity(queue, path: path)
            try refuseNewerSchema(queue, path: path)
        }
    }

    /// Closes every connection, folding the write-ahead log into the file so it stands alone.
    public func close() throws {
        // GRDB closes the writer before the (read-only) readers, so SQLite's own checkpoint on
        // the last close never runs: fold the log in here.
        if let pool = writer as? DatabasePool {
            _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try pool.close()
        } else if let queue = writer as? DatabaseQueue {
            try queue.close()
        }
    }

    /// A private in-memory store, for tests and benchmarks.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), path: ":memory:")
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        // Another process writing the same store makes us wait, not fail with "database is locked".
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // Stores can come from elsewhere: never run functions a schema smuggles in.
            try db.execute(sql: "PRAGMA trusted_schema = OFF")
        }
        return configuration
    }

    static func checkIntegrity(_ reader: any DatabaseReader, path: String) throws {
        let problems = try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        if problems != ["ok"] {
            throw StoreError.corrupt(path: path, detail: problems.prefix(1).joined())
        }
    }

    static func refuseNewerSchema(_ reader: any DatabaseReader, path: String) throws {
        let unknown: [String] = try reader.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            let known = Set(Migrations.migrator.migrations)
            return applied.filter { !known.contains($0) }
        }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
    }

    /// Wraps GRDB's errors into `StoreError` so callers above the store never see GRDB.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try Self.wrappingDatabaseErrors { try writer.write(updates) }
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
            throw StoreError.database(error.message ?? error.description)
        }
    }
}
