import Foundation
import Synchronization
import GRDB
import RapportCore

extension AppDatabase {
    /// Opens (or creates) the store at `path`. A file that is not SQLite, is damaged, or has a
    /// newer schema is refused with a `StoreError` and left as it was.
    public static func open(path: String, basis: SummaryBasis, options: OpenOptions = OpenOptions()) throws -> AppDatabase {
        // Files are handled at the link's target: it is what gets created privately, and
        // SQLite puts the -wal and -shm beside it.
        let file = try StoreFileKind.resolvingLinks(path)
        switch StoreFileKind.inspect(file) {
        case .notAFile: throw StoreError.notAFile(path: path)
        case .other: throw StoreError.notSQLite(path: path)
        case .unreadable(let reason): throw StoreError.denied(path: path, action: "read", reason: reason)
        case .unwritable(let reason): throw StoreError.denied(path: path, action: "write", reason: reason)
        case .missing:
            try PrivateFiles.createFile(file)
            return try openPool(path: path, file: file, basis: basis, options: options, migrate: true, gate: IntegrityGate(.passed))
        case .empty: throw StoreError.emptyFile(path: path)
        case .sqlite:
            // Before SQLite reads the log, which would drop what follows damage in it silently.
            try refuseDamagedLog(file: file, path: path)
            let sidecars = Sidecars(of: file)
            do {
                // Look before writing, through a read-only connection, so a refused store keeps
                // every byte.
                let look = try inspectReadOnly(path: path)
                // A store that must change before it can be used (an older schema, a journal
                // that is not WAL yet) is checked whole first, whatever the caller prefers.
                let checkNow = options.integrityCheck == .beforeOpening || look.needsMigration || !look.isWAL
                if checkNow { try checkIntegrity(path: path) }
                return try openPool(
                    path: path, file: file, basis: basis, options: options, migrate: look.needsMigration,
                    gate: IntegrityGate(checkNow ? .passed : .pending))
            } catch {
                sidecars.removeIfOpeningMadeThem()
                throw error
            }
        }
    }

    private static func refuseDamagedLog(file: String, path: String) throws {
        switch WriteAheadLogCheck.inspect(storeFile: file) {
        case .readable: return
        case .damaged(let lost, let frame):
            let changes = lost == 1 ? "1 committed change" : "\(lost) committed changes"
            throw StoreError.damagedLog(path: path, detail: "\(changes) from frame \(frame) on cannot be read")
        case .damagedHeader(let frames):
            throw StoreError.damagedLog(path: path, detail: "its header is damaged, so none of its \(frames) frames can be read")
        }
    }

    private static func openPool(path: String, file: String, basis: SummaryBasis, options: OpenOptions, migrate: Bool, gate: IntegrityGate) throws -> AppDatabase {
        try translatingErrors(path: path) {
            if !migrate { try WriteAheadLogPrimer.prime(storeFile: file) }
            let pool = try DatabasePool(path: path, configuration: configuration(busyTimeout: options.busyTimeout))
            if migrate {
                try Migrations.migrator.migrate(pool)
                // A migrated store has every summary stale and an empty search index; a new one
                // has no summary day yet. Compute them now, or the first reads show blank rows.
                // This commits after the migration, on its own: a process killed in between
                // leaves summaries never computed, which the next opening finishes (see
                // `inspectReadOnly`).
                try pool.write { db in try SummaryRefresh.refreshAll(db, basis: basis) }
            }
            return AppDatabase(writer: pool, path: path, basis: basis, gate: gate)
        }
    }

    struct FirstLook {
        var needsMigration: Bool
        var isWAL: Bool
    }

    /// Refuses a newer schema; says whether the store needs migrating and is in WAL mode.
    static func inspectReadOnly(path: String) throws -> FirstLook {
        try translatingErrors(path: path) {
            let queue = try readOnlyQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                let migrator = Migrations.migrator
                // A database another program made is not ours to add tables to. (A new, empty
                // file has no tables at all.)
                if try !db.tableExists("grdb_migrations") {
                    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                    if !tables.isEmpty { throw StoreError.otherProgramsDatabase(path: path, tables: tables) }
                }
                if try migrator.hasBeenSuperseded(db) {
                    let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
                    throw StoreError.newerSchema(path: path, unknownMigrations: Array(unknown))
                }
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
                // Every computation of the summaries records its day. A store without one was
                // migrated by a process killed before the first summaries committed: its
                // migration is not finished until they are computed.
                let summarized = try migrator.hasCompletedMigrations(db)
                    && (String.fetchOne(db, sql: "SELECT as_of FROM summary_state WHERE id = 1") ?? "") != ""
                return FirstLook(needsMigration: !summarized, isWAL: mode.lowercased() == "wal")
            }
        }
    }

    /// `PRAGMA integrity_check` over the whole file, on its own read-only connection. The full
    /// check, not `quick_check`: only it compares every index with its table, and a store whose
    /// indexes disagree with its rows answers searches and sorts wrongly and can be damaged
    /// further by writes. (About 2.5 s on a 500 MB book of 100,000 accounts.)
    /// `running`, when given, is told the connection while the check reads through it.
    static func checkIntegrity(path: String, running: ((DatabaseQueue?) -> Void)? = nil) throws {
        try translatingErrors(path: path) {
            let queue = try readOnlyQueue(path: path)
            running?(queue)
            defer {
                running?(nil)
                try? queue.close()
            }
            let problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check(100)") }
            if problems != ["ok"] {
                throw StoreError.corrupt(path: path, detail: IntegrityReport.summary(problems))
            }
        }
    }

    /// Runs the integrity check the dashboard put off (unless it ran already), and opens the
    /// store for writing if it passes. Returns the problem found, if any.
    @discardableResult
    public func completeIntegrityCheck() -> String? {
        let verdict = gate.settle {
            do {
                try Self.checkIntegrity(path: path) { queue in self.checkConnection.withLock { $0 = queue } }
                return .passed
            } catch StoreError.corrupt(_, let detail) {
                return .failed(detail)
            } catch StoreError.interrupted {
                // Quitting stopped it: no verdict, and the next write would check again.
                return .pending
            } catch {
                return .failed("\(error)")
            }
        }
        if case .failed(let detail) = verdict { return detail }
        return nil
    }

    /// Waits for (or runs) the integrity check; throws when the store failed it.
    func requireWritable() throws {
        if let problem = completeIntegrityCheck() { throw StoreError.readOnly(path: path, reason: problem) }
    }

    static func readOnlyQueue(path: String) throws -> DatabaseQueue {
        var configuration = configuration(busyTimeout: 5)
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    static func translatingErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw StoreError.notSQLite(path: path) }
            if error.resultCode == .SQLITE_INTERRUPT { throw StoreError.interrupted }
            if error.resultCode == .SQLITE_CORRUPT { throw StoreError.corrupt(path: path, detail: error.message ?? "corrupt") }
            throw StoreError.database("\(path): \(error.message ?? error.description)")
        } catch is RowDecodingError {
            throw StoreError.corrupt(path: path, detail: "a stored value is of the wrong type")
        }
    }
}
