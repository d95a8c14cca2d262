import Foundation
import GRDB

/// The `-wal` and `-shm` files SQLite keeps beside a store in WAL mode.
///
/// Even a read-only look at a WAL-mode store makes them. A store that is refused must leave
/// its folder as it was, so the opening notes whether they were there before, and removes
/// them again after a refusal when it made them.
struct Sidecars {
    let storeFile: String
    let existedBefore: Bool

    init(of storeFile: String) {
        self.storeFile = storeFile
        existedBefore = Self.present(storeFile)
    }

    static func present(_ storeFile: String) -> Bool {
        FileManager.default.fileExists(atPath: storeFile + "-wal") || FileManager.default.fileExists(atPath: storeFile + "-shm")
    }

    /// Removes the files if this opening made them. Through SQLite rather than `unlink`: a
    /// read-write connection deletes them as it closes only when it is the last one on the
    /// file, so files another program is using at that moment are left alone.
    func removeIfOpeningMadeThem() {
        guard !existedBefore, Self.present(storeFile) else { return }
        guard let last = try? DatabaseQueue(path: storeFile, configuration: AppDatabase.configuration(busyTimeout: 0)) else { return }
        _ = try? last.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") }
        try? last.close()
    }
}
