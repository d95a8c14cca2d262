import Foundation
import Synchronization

/// Whether the store may be written: not before its integrity check has passed.
///
/// A large store's check reads the whole file, too long to keep the first frame waiting, so
/// the dashboard shows the book at once and checks in the background. Every write waits for
/// the verdict (the first one to need it runs the check if nobody has yet), and a damaged
/// store stays read-only.
final class IntegrityGate: Sendable {
    enum Verdict: Sendable, Equatable {
        case pending
        case checking
        case passed
        case failed(String)
    }

    private let condition = NSCondition()
    private let verdict: Mutex<Verdict>

    init(_ verdict: Verdict) { self.verdict = Mutex(verdict) }

    var current: Verdict { verdict.withLock { $0 } }

    /// The verdict, running `check` first when nobody has checked yet (and waiting when another
    /// thread is checking).
    func settle(using check: () -> Verdict) -> Verdict {
        condition.lock()
        while current == .checking { condition.wait() }
        guard current == .pending else {
            defer { condition.unlock() }
            return current
        }
        verdict.withLock { $0 = .checking }
        condition.unlock()
        let result = check()
        condition.lock()
        verdict.withLock { $0 = result }
        condition.broadcast()
        condition.unlock()
        return result
    }
}
