import GRDB
import RapportCore

/// Everything that can go wrong opening or writing a store, each saying what to do about it.
///
/// Messages may quote text from the store (a path, a damaged table's name): `description`
/// passes it through the text-safety policy, so printing one never sends a terminal sequence.
public enum StoreError: Error, CustomStringConvertible, Hashable, Sendable {
    case notSQLite(path: String)
    /// A file of 0 bytes: most likely a store that was truncated, never a new one to fill.
    case emptyFile(path: String)
    /// An SQLite database that another program made: tables, but none of Rapport's history.
    case otherProgramsDatabase(path: String, tables: [String])
    case newerSchema(path: String, unknownMigrations: [String])
    case corrupt(path: String, detail: String)
    /// The write-ahead log beside the store lost committed transactions to damage.
    case damagedLog(path: String, detail: String)
    /// There, but this user may not read it, or may not write it or its folder (where SQLite
    /// keeps the -wal and -shm): `action` is "read" or "write".
    case denied(path: String, action: String, reason: String)
    case cannotCreate(path: String, reason: String)
    case notAFile(path: String)
    case readOnly(path: String, reason: String)
    /// Another program holds the write lock and kept it past the busy timeout.
    case busy
    /// Stopped on purpose (the dashboard is quitting).
    case interrupted
    case recordNotFound(kind: String, id: Int64)
    case invalidValue(field: String, reason: String)
    case database(String)
    /// A stored value is not of its column's type: the store is damaged, or another program
    /// wrote it.
    case wrongType

    init(_ error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        default: self = .database(error.message ?? error.description)
        }
    }

    public var description: String { TextSafety.oneLine(message) }

    private var message: String {
        switch self {
        case .notSQLite(let path):
            return "\(path) is not a Rapport store (not an SQLite database); it was left untouched — pass another file with --store"
        case .emptyFile(let path):
            return "\(path) is empty (0 bytes); if it held your book it was truncated — restore it from a backup, or delete it to start a new book there"
        case .otherProgramsDatabase(let path, let tables):
            let shown = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            return "\(path) is not a Rapport store (an SQLite database with other tables: \(shown)); it was left untouched — pass another file with --store"
        case .newerSchema(let path, let unknown):
            return "\(path) was written by a newer Rapport (unknown schema steps: \(unknown.sorted().joined(separator: ", "))); it was left untouched — upgrade Rapport to open it"
        case .corrupt(let path, let detail):
            return "\(path) is damaged (\(detail)); it was left untouched — restore it from a backup"
        case .damagedLog(let path, let detail):
            return "\(path)-wal, the store's write-ahead log, is damaged (\(detail)); nothing was changed — restore the store from a backup, or move \(path)-wal aside to open the store without those changes"
        case .denied(let path, let action, let reason):
            let what = action == "write" ? "\(path) or its folder" : path
            return "cannot \(action) \(what): \(reason.lowercased()) — check the owner and mode (ls -l)"
        case .cannotCreate(let path, let reason):
            return "cannot create the store at \(path): \(reason)"
        case .notAFile(let path):
            return "\(path) is not a regular file — pass a file path with --store"
        case .readOnly(let path, let reason):
            return "\(path) is read-only because it is damaged (\(reason)) — restore it from a backup; nothing was changed"
        case .interrupted:
            return "stopped before it finished"
        case .busy:
            return "the store is locked by another program"
        case .recordNotFound(let kind, let id):
            return "the \(kind) #\(id) no longer exists — it may have been deleted elsewhere"
        case .invalidValue(let field, let reason):
            return "\(field): \(reason)"
        case .wrongType:
            return "the store holds a value of the wrong type — it may be damaged or changed by another program; nothing was changed"
        case .database(let message):
            return "store error: \(message)"
        }
    }
}
