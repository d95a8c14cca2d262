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
    /// Writes `choice` to `path` whole or not at all, privately (`WholeFileWriter`). `stamp`
    /// and `productVersion` are for the calendar.
    public func exportFile(_ choice: ExportChoice, to path: String, stamp: CalendarStamp, productVersion: String) throws {
        let file = try WholeFileWriter(path: path)
        do {
            let stream = ExportStream { chunk in try file.write(chunk) }
            switch choice {
            case .book: try exportBookJSON(to: stream)
            case .csv(let kind): try exportCSV(kind, to: stream)
            case .contactCards: try exportContactCards(to: stream)
            case .calendar: try exportCalendar(stamp: stamp, productVersion: productVersion, to: stream)
            }
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
    }
}
