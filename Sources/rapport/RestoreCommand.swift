import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// `rapport restore FILE.json`: a book file from `rapport export --format json`, back into an
/// empty store exactly (ids, versions, history and change log kept). The whole file is checked
/// before anything is written, and written in one transaction.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a book file written by `rapport export --format json` into an empty store.")

    @Argument(help: ArgumentHelp("The book file (JSON).", valueName: "file"))
    var file: String

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite); created when missing.", valueName: "path"))
    var store: String?

    @OptionGroup var todayOption: TodayOption

    func run() throws {
        do {
            let today = try todayOption.resolvedToday()
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("cannot read \(file): no such file, or not readable")
            }
            let path = StoreLocation.resolve(explicit: store, environment: processEnvironment)
            let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: today))
            defer { try? database.close() }
            let summary = try database.restoreBook(from: data, file: file)
            say(
                "restored \(summary.accounts) accounts, \(summary.contacts) contacts, \(summary.interactions) interactions, "
                    + "\(summary.initiatives) initiatives (\(summary.progressUpdates) progress updates), \(summary.opportunities) opportunities, "
                    + "\(summary.metricPoints) metric points and \(summary.changes) change log entries from \(file) into \(path)")
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }
}
