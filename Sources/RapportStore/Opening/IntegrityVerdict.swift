import Foundation

/// Whether the store may be written: not before its integrity check has passed.
///
/// A large store's check reads the whole file, too long to keep the first frame waiting, so
/// the dashboard shows the book at once and checks in the background; every write waits for
/// the verdict, and a damaged store stays read-only.
final class IntegrityGate: Sendable {
    enum Verdict: Sendable, Equatable {
        case pending
        case passed
        case failed(String)
    }

    private let condition = NSCondition()
    private let verdict: Locked<Verdict>

    init(_ verdict: Verdict) { self.verdict = Locked(verdict) }

    var current: Verdict { verdict.read { $0 } }

    func settle(_ result: Verdict) {
        condition.lock()
        verdict.update { $0 = result }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the verdict; throws when the store failed its check.
    func requireWritable(path: String) throws {
        condition.lock()
        while verdict.read({ $0 }) == .pending { condition.wait() }
        condition.unlock()
        if case .failed(let detail) = current { throw StoreError.readOnly(path: path, reason: detail) }
    }
}
