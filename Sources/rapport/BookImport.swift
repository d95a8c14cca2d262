import Foundation
import RapportCore
import RapportStore

/// `rapport import FILE.json`: a book file from `rapport export --format json`. Into a store
/// that holds nothing yet it is restored exactly (ids, versions, history and change log kept);
/// onto one that holds a book it is merged (`BookMerge`): records matched, changed where the
/// file differs, added where missing, as one change-log entry that `u` undoes.
///
/// The file is read and checked whole before the store is opened, so a rejected file leaves no
/// new store behind.
struct BookImport {
    let file: String
    let storePath: String
    let today: Day
    let dryRun: Bool

    func run() throws {
        let name = (file as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("cannot read \(file): no such file, or not readable")
        }
        let book = try BookFile.load(data, file: name)
        let basis = SummaryBasis(today: today)
        if dryRun && !FileManager.default.fileExists(atPath: storePath) {
            // Nothing is created for a dry run: the plan is made against an empty book.
            let empty = try AppDatabase.inMemory(basis: basis)
            printPlan(try empty.planBookMerge(book), file: name)
            say("dry run: nothing was written (\(storePath) does not exist yet; the import would create it)")
            return
        }
        let database = try AppDatabase.open(path: storePath, basis: basis)
        defer { try? database.close() }
        if try database.isEmptyBook() && !dryRun {
            let summary = try database.restoreBook(book)
            say(
                "restored \(summary.accounts) accounts, \(summary.contacts) contacts, \(summary.interactions) interactions, "
                    + "\(summary.initiatives) initiatives (\(summary.progressUpdates) progress updates), \(summary.opportunities) opportunities, "
                    + "\(summary.metricPoints) metric points and \(summary.changes) change log entries from \(name) into \(storePath)")
            return
        }
        let plan = try database.planBookMerge(book)
        printPlan(plan, file: name)
        if dryRun {
            say("dry run: nothing was written")
            return
        }
        switch try database.apply(.mergeBook(book, source: name), at: Date()) {
        case .saved(let change): say(change.description)
        case .unchanged(let reason): say(reason)
        case .conflict, .historyOvertaken: throw CommandFailure("\(name): the store changed while importing; nothing was imported — run it again")
        }
    }

    private func printPlan(_ plan: BookMergeReport, file: String) {
        say("\(file): " + (plan.sameBook ? "a book file from this store's book; records matched by id" : "records matched by name"))
        for kind in plan.kinds { say("  \(kind.name): \(kind.tally.description)") }
    }
}
