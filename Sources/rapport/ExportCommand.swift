import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// `rapport export`: the book, or one kind of record, in an open format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the book: all of it as JSON, one kind of record as CSV, contacts as vCard, dates as iCalendar.",
        discussion: """
            --format json writes the whole book (history and change log included) in the documented, versioned \
            shape of docs/export-format.md; `rapport restore FILE.json` reads it back. --format csv writes one \
            --kind of record. --format vcard writes the contacts; --format ics the follow-ups, initiative due \
            dates and renewals as one calendar. --output writes a file (0600) whole or not at all.
            """)

    @Option(name: .long, help: "json, csv, vcard or ics.")
    var format: ExportFormat = .json

    @Option(name: .long, help: "With csv: accounts, contacts, interactions, initiatives, opportunities or metrics.")
    var kind: ExportRecordKind?

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout (created 0600, replaced whole).", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite).", valueName: "path"))
    var store: String?

    func validate() throws {
        switch format {
        case .csv where kind == nil:
            throw ValidationError("--format csv needs --kind (accounts, contacts, interactions, initiatives, opportunities or metrics)")
        case .json where kind != nil:
            throw ValidationError("--format json exports the whole book; leave out --kind, or choose --format csv")
        case .vcard where kind != nil && kind != .contacts:
            throw ValidationError("--format vcard exports contacts; use --kind contacts or leave --kind out")
        case .ics where kind != nil:
            throw ValidationError("--format ics exports follow-ups, due dates and renewals together; leave out --kind")
        default: break
        }
    }

    func run() throws {
        let path = StoreLocation.resolve(explicit: store, environment: processEnvironment)
        var destination: ExportDestination?
        do {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure("no store at \(path) — pass the store to export with --store")
            }
            let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: Day.today()))
            defer { try? database.close() }
            let opened = try ExportDestination(path: output)
            destination = opened
            let stream = opened.stream
            switch format {
            case .json: try database.exportBookJSON(to: stream)
            case .csv: try database.exportCSV(kind ?? .accounts, to: stream)
            case .vcard: try database.exportContactCards(to: stream)
            case .ics:
                let stamp = CalendarStamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
                try database.exportCalendar(stamp: stamp, productVersion: RapportVersion.current, to: stream)
            }
            try opened.commit()
        } catch {
            destination?.abandon()
            throw fail(error)
        }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, vcard, ics
}

extension ExportRecordKind: ExpressibleByArgument {}
