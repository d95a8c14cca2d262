import Dispatch
import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Opens a store and loads the accounts list at once, for the dashboard's first frame.
    ///
    /// `PRAGMA quick_check` reads the whole file, about as long as loading the list; on an
    /// existing, up-to-date store both run side by side on read-only connections, and the
    /// store is opened for writing only once the check has passed — so a damaged store is
    /// still refused untouched. Anything else takes the plain path of `open(path:)`.
    public static func openPreloading(path: String, today: Day, calendar: FiscalCalendar) throws -> (database: AppDatabase, overviews: [AccountOverview]) {
        func plainPath() throws -> (database: AppDatabase, overviews: [AccountOverview]) {
            let database = try open(path: path)
            return (database, try database.accountOverviews(today: today, calendar: calendar))
        }
        guard case .sqlite = StoreLocation.inspect(path) else { return try plainPath() }
        return try translatingErrors(path: path) {
            let reader = try readOnlyQueue(path: path)
            defer { try? reader.close() }
            try refuseNewerSchema(reader, path: path)
            guard try reader.read({ db in try Migrations.migrator.hasCompletedMigrations(db) }) else {
                try reader.close()
                return try plainPath()
            }
            let check = ConcurrentIntegrityCheck(path: path)
            let loaded = Result { try reader.read { db in try fetchOverviews(db, onlyAccountID: nil, today: today, calendar: calendar) } }
            // The check's verdict comes first: a damaged store's read errors are its symptom.
            try check.wait()
            let overviews = try loaded.get()
            try reader.close()
            let pool = try DatabasePool(path: path, configuration: configuration())
            return (try AppDatabase(writer: pool, path: path), overviews)
        }
    }

    static func readOnlyQueue(path: String) throws -> DatabaseQueue {
        var configuration = configuration()
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
            if error.resultCode == .SQLITE_CORRUPT { throw StoreError.corrupt(path: path, detail: error.message ?? "corrupt") }
            throw StoreError.database("\(path): \(error.message ?? error.description)")
        }
    }
}

/// `PRAGMA quick_check` on its own read-only connection, on another thread.
private final class ConcurrentIntegrityCheck: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    // Written once by the background task, under `lock`.
    private var failure: (any Error)?

    init(path: String) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { group.leave() }
            do {
                let queue = try AppDatabase.readOnlyQueue(path: path)
                defer { try? queue.close() }
                try AppDatabase.checkIntegrity(queue, path: path)
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    func wait() throws {
        group.wait()
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
