import Foundation

/// Gives a store a non-empty `-wal` file before GRDB's pool opens it, without writing to the
/// store.
///
/// GRDB's pool, finding the log missing or empty, commits a throwaway table so that its
/// read-only connections find a log to open (its issues 102 and 1383). That rewrites the header
/// page and adds a page: a store only read would change on every opening, and a damaged one be
/// written before its integrity check. Any other transaction writes pages too, and in a damaged
/// store a page can hold anything.
///
/// A log shorter than its 32-byte header is one SQLite reads as empty, and overwrites from the
/// start at the first commit. So one byte is appended: appended, never written at an offset,
/// so a log another program is writing at that moment loses nothing (the byte lands after its
/// last frame, where recovery ignores a partial frame, or at the start of an empty log, which
/// that program's header then overwrites). The last connection to close deletes the log.
enum WriteAheadLogPrimer {
    static func prime(storeFile: String) throws {
        let log = storeFile + "-wal"
        var info = stat()
        if stat(log, &info) == 0 && info.st_size > 0 { return }
        // Private like the store: SQLite gives a log it creates the store's mode; this one is
        // created here, so it gets 0600 here.
        let descriptor = open(log, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotCreate(path: log, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var byte: UInt8 = 0
        guard write(descriptor, &byte, 1) == 1 else {
            throw StoreError.cannotCreate(path: log, reason: String(cString: strerror(errno)))
        }
    }
}
