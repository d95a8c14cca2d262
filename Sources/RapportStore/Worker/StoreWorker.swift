import Foundation
import Synchronization
import GRDB

/// The store's one background thread: it applies writes (so a write that waits for another
/// program's lock never freezes the screen), runs the integrity check and summary refresh the
/// dashboard puts off until after its first frame, and notices other programs' writes by
/// polling SQLite's `data_version` while idle. The event loop hands it intents and collects
/// its reports; nothing else crosses threads.
public final class StoreWorker: Sendable {
    /// What the worker tells the event loop.
    public enum Report: Sendable, Equatable {
        /// A write finished: what it came to, or why it failed (nothing was written then).
        case applied(id: Int, Result<WriteOutcome, StoreError>)
        /// A write found the store locked by another program; it keeps trying.
        case waitingForLock(id: Int)
        /// Another program (or window) changed the store; stale summaries are already refreshed.
        case changedElsewhere
        /// The integrity check the dashboard put off: nil when the store is sound.
        case integrityChecked(problem: String?)
        /// Summaries were recomputed for today (the day or calendar changed since they were).
        case summariesRefreshed
        case maintenanceFailed(StoreError)
    }

    private enum Job: Sendable {
        case write(id: Int, intent: StoreIntent)
        case maintenance
        case stop
    }

    private struct Queue {
        var jobs: [Job] = []
        var reports: [Report] = []
        var busy = false
        var stopped = false
        var exited = false
    }

    private let database: AppDatabase
    private let clock: @Sendable () -> Date
    private let pollInterval: TimeInterval
    private let condition = NSCondition()
    private let queue = Mutex(Queue())

    public init(database: AppDatabase, pollInterval: TimeInterval = 0.25, clock: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        self.pollInterval = pollInterval
        self.clock = clock
        // The baseline is read here, before the caller reads anything to show: a commit by
        // another program in between would otherwise be taken as the starting point and missed.
        let watcher = ChangeWatcher(database: database)
        let thread = Thread { [self] in run(watching: watcher) }
        thread.name = "rapport.store"
        thread.start()
    }

    /// Queues an intent; its report comes back with `id`.
    public func submit(_ intent: StoreIntent, id: Int) { enqueue(.write(id: id, intent: intent)) }

    /// Queues the integrity check (when it was put off) and the summary refresh, behind any
    /// write already queued.
    public func startMaintenance() { enqueue(.maintenance) }

    /// True while a job is queued or running.
    public var isBusy: Bool { queue.withLock { !$0.jobs.isEmpty || $0.busy } }

    /// The reports so far, without waiting.
    public func takeReports() -> [Report] {
        queue.withLock { state in
            defer { state.reports = [] }
            return state.reports
        }
    }

    /// Waits up to `timeout` for at least one report (or for the queue to empty).
    public func waitForReports(timeout: TimeInterval) -> [Report] {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        while queue.withLock({ $0.reports.isEmpty && ($0.busy || !$0.jobs.isEmpty) }) {
            if !condition.wait(until: deadline) { break }
        }
        condition.unlock()
        return takeReports()
    }

    /// Finishes the job in hand and stops, waiting up to `timeout` for the thread to end;
    /// queued writes are dropped (the user was asked first). The store's running statement is
    /// interrupted, so a long refresh does not hold up quitting.
    public func stop(waiting timeout: TimeInterval = 2) {
        condition.lock()
        queue.withLock { state in
            state.stopped = true
            state.jobs = [.stop]
        }
        condition.broadcast()
        condition.unlock()
        database.interrupt()
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        while !queue.withLock({ $0.exited }) {
            if !condition.wait(until: deadline) { break }
        }
        condition.unlock()
    }

    private func enqueue(_ job: Job) {
        condition.lock()
        queue.withLock { $0.jobs.append(job) }
        condition.broadcast()
        condition.unlock()
    }

    private func report(_ report: Report) {
        condition.lock()
        queue.withLock { $0.reports.append(report) }
        condition.broadcast()
        condition.unlock()
    }

    // MARK: - The thread

    private func run(watching initial: ChangeWatcher) {
        var watcher = initial
        while true {
            condition.lock()
            if queue.withLock({ $0.jobs.isEmpty }) { _ = condition.wait(until: Date().addingTimeInterval(pollInterval)) }
            queue.withLock { if $0.stopped && $0.jobs.isEmpty { $0.jobs = [.stop] } }
            let job: Job? = queue.withLock { state in
                guard !state.jobs.isEmpty else { return nil }
                // Writes the user made go before maintenance that was queued earlier.
                let index = state.jobs.firstIndex { if case .write = $0 { return true } else { return false } } ?? 0
                state.busy = true
                return state.jobs.remove(at: index)
            }
            condition.unlock()
            switch job {
            case .stop:
                condition.lock()
                queue.withLock { $0.exited = true }
                condition.broadcast()
                condition.unlock()
                return
            case .write(let id, let intent):
                apply(intent, id: id)
            case .maintenance:
                maintain()
            case nil:
                // Idle: our own commits do not move our connection's data_version; others' do.
                if watcher.sawOtherWriters() { refreshAfterOtherWriters() }
            }
            condition.lock()
            queue.withLock { $0.busy = false }
            condition.broadcast()
            condition.unlock()
        }
    }

    private func apply(_ intent: StoreIntent, id: Int) {
        var announced = false
        while !queue.withLock({ $0.stopped }) {
            do {
                report(.applied(id: id, .success(try database.apply(intent, at: clock()))))
                return
            } catch StoreError.busy {
                if !announced {
                    report(.waitingForLock(id: id))
                    announced = true
                }
                Thread.sleep(forTimeInterval: 0.05)
            } catch let error as StoreError {
                report(.applied(id: id, .failure(error)))
                return
            } catch {
                report(.applied(id: id, .failure(.database("\(error)"))))
                return
            }
        }
    }

    private func maintain() {
        if database.gate.current == .pending {
            report(.integrityChecked(problem: database.completeIntegrityCheck()))
        }
        guard database.gate.current == .passed else { return }
        do {
            if try database.summariesNeedRefresh() {
                try retryingWhileBusy { try database.refreshSummaries() }
                report(.summariesRefreshed)
            }
        } catch let error as StoreError {
            report(.maintenanceFailed(error))
        } catch {
            report(.maintenanceFailed(.database("\(error)")))
        }
    }

    private func refreshAfterOtherWriters() {
        if database.gate.current == .passed {
            try? retryingWhileBusy { try database.refreshSummaries() }
        }
        report(.changedElsewhere)
    }

    private func retryingWhileBusy(_ body: () throws -> Void) throws {
        while !queue.withLock({ $0.stopped }) {
            do {
                try body()
                return
            } catch StoreError.busy {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }
}

/// Notices commits by other connections: SQLite's `data_version` on our writing connection
/// moves only when someone else commits.
private struct ChangeWatcher: Sendable {
    let database: AppDatabase
    var last: Int?

    init(database: AppDatabase) {
        self.database = database
        last = try? database.dataVersion()
    }

    mutating func sawOtherWriters() -> Bool {
        guard let now = try? database.dataVersion() else { return false }
        defer { last = now }
        return last.map { $0 != now } ?? false
    }
}

extension AppDatabase {
    /// `PRAGMA data_version` of the writing connection.
    func dataVersion() throws -> Int {
        try Self.wrappingDatabaseErrors {
            try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }
}
