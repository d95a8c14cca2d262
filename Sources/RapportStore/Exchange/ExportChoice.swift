import Foundation
import RapportCore

/// What `:export` writes, and the file name it takes when none is given.
public enum ExportChoice: Hashable, Sendable {
    /// The whole book as JSON (`BookJSONExport`).
    case book
    case csv(ExportRecordKind)
    /// Contacts as vCard 4.0.
    case contactCards
    /// Follow-ups, due dates and renewals as iCalendar.
    case calendar

    /// "rapport-2026-12-01.json", "rapport-accounts-2026-12-01.csv".
    public func defaultFileName(today: Day) -> String {
        switch self {
        case .book: return "rapport-\(today.iso).json"
        case .csv(let kind): return "rapport-\(kind.rawValue)-\(today.iso).csv"
        case .contactCards: return "rapport-contacts-\(today.iso).vcf"
        case .calendar: return "rapport-\(today.iso).ics"
        }
    }
}

extension AppDatabase {
    /// Writes `choice` to `path` whole or not at all: into a temporary file beside it, created
    /// 0600 (client data is confidential, whatever the umask), flushed to disk and renamed over
    /// the target. `stamp` and `productVersion` are for the calendar.
    public func exportFile(_ choice: ExportChoice, to path: String, stamp: CalendarStamp, productVersion: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
        let descriptor = Foundation.open(temporary, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.invalidValue(field: path, reason: "cannot be written: \(String(cString: strerror(errno)).lowercased())") }
        fchmod(descriptor, 0o600)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            let stream = ExportStream { chunk in try handle.write(contentsOf: Data(chunk.utf8)) }
            switch choice {
            case .book: try exportBookJSON(to: stream)
            case .csv(let kind): try exportCSV(kind, to: stream)
            case .contactCards: try exportContactCards(to: stream)
            case .calendar: try exportCalendar(stamp: stamp, productVersion: productVersion, to: stream)
            }
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else {
                throw StoreError.invalidValue(field: path, reason: "cannot be written: \(String(cString: strerror(errno)).lowercased())")
            }
        } catch {
            try? handle.close()
            unlink(temporary)
            throw error
        }
    }
}
