import Dispatch
import Foundation
import RapportCore
import RapportStore

/// Contacts, notes and timeline text of every account, folded for `/`. Read on another thread
/// right after the first frame, so the first filter keystroke does not wait for it.
final class DeepSearchLoader: @unchecked Sendable {
    typealias Extras = [Int64: AccountText]

    private let group = DispatchGroup()
    private let lock = NSLock()
    // Written once by the background task, under `lock`.
    private var loaded: Result<Extras, any Error>?

    init(database: AppDatabase) {
        group.enter()
        DispatchQueue.global(qos: .utility).async { [self] in
            defer { group.leave() }
            let result = Result { try Self.load(database, accountID: nil) }
            lock.withLock { loaded = result }
        }
    }

    /// Waits for the load (at once when it is done).
    func result() -> Result<Extras, any Error> {
        group.wait()
        return lock.withLock { loaded } ?? .success([:])
    }

    static func load(_ database: AppDatabase, accountID: Int64?) throws -> Extras {
        var extras: Extras = [:]
        try database.forEachSearchDocument(accountID: accountID) { document in
            extras[document.accountID, default: AccountText()].append(text: document.text, label: document.label)
        }
        return extras
    }
}
