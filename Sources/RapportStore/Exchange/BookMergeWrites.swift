import Foundation
import GRDB

extension BookFile {
    /// Reads a book file and checks it whole (`decode`, then every date, kind, range and
    /// reference), so nothing is written, and no store is created, for a file that would fail.
    public static func load(_ data: Data, file: String) throws -> BookFile {
        let book = try decode(data, file: file)
        var validation = BookValidation(file: file)
        try validation.check(book)
        return book
    }
}

extension AppDatabase {
    /// What merging `book` onto this store would do, kind by kind; writes nothing.
    public func planBookMerge(_ book: BookFile) throws -> BookMergeReport {
        try read { db in
            var merge = BookMerge(book: book, db: db, writing: false)
            try merge.run()
            return merge.report
        }
    }

    /// True when the store holds no accounts and no change log, so a book file can be restored
    /// into it exactly (`restoreBook`) rather than merged.
    public func isEmptyBook() throws -> Bool {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM account) + (SELECT COUNT(*) FROM change_log)") == 0
        }
    }

    /// The merge of `StoreIntent.mergeBook`: one transaction, one change-log entry.
    func applyBookMerge(_ db: Database, _ book: BookFile, source: String, at time: Date) throws -> WriteOutcome {
        var merge = BookMerge(book: book, db: db, writing: true)
        try merge.run()
        let total = merge.report.total
        guard total.created + total.updated > 0 else {
            return .unchanged("Nothing to import: every record of \(source) matches what is stored")
        }
        return try saved(merge.recorder, db, "imported \(source): \(total.created) created, \(total.updated) updated", at: time, focus: nil)
    }
}
