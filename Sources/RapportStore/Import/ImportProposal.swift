import Foundation
import RapportCore

/// An import worked out and not yet written, as the dashboard's `:import` shows it before it
/// asks: how many records it creates, updates and leaves, the problems, and the intent that
/// `y` hands to the store. Made by `AppDatabase.proposeImport`.
public struct ImportProposal: Hashable, Sendable {
    /// The file's name: "accounts.csv".
    public let file: String
    public let created: Int
    public let updated: Int
    public let unchanged: Int
    /// Lines that say more: each kind of a book file, or the first rows a CSV creates and updates.
    public let details: [String]
    /// Rows that will not be imported, each with where and why.
    public let problems: [String]
    /// What `y` writes; nil when nothing would change.
    public let intent: StoreIntent?

    public init(file: String, created: Int, updated: Int, unchanged: Int, details: [String] = [], problems: [String] = [], intent: StoreIntent?) {
        self.file = file
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
        self.details = details
        self.problems = problems
        self.intent = intent
    }

    /// "Import accounts.csv: 12 to create, 3 to update, 40 unchanged, 2 problems"
    public var summary: String {
        "Import \(file): \(created) to create, \(updated) to update, \(unchanged) unchanged"
            + (problems.isEmpty ? "" : ", \(problems.count) problem\(problems.count == 1 ? "" : "s")")
    }

    /// Rows of each kind a CSV proposal lists in `details`.
    static let sampleRows = 5
}

extension AppDatabase {
    /// Reads the file at `path` and works out what importing it would do, writing nothing: a
    /// book file (`.json`, or `kind` nil with that extension) is planned as a merge
    /// (`BookMerge`); a CSV file as an import of `kind` (accounts unless said otherwise).
    /// Errors name the file and say what is wrong, in one line.
    public func proposeImport(path: String, kind: ImportKind?) throws -> ImportProposal {
        let name = (path as NSString).lastPathComponent
        if kind == nil && (path as NSString).pathExtension.lowercased() == "json" {
            guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.other("\(path): no such file, or not readable") }
            let book = try BookFile.load(data, file: name)
            let report = try planBookMerge(book)
            let total = report.total
            return ImportProposal(
                file: name, created: total.created, updated: total.updated, unchanged: total.unchanged,
                details: [report.sameBook ? "A book file from this book: records matched by id" : "Records matched by name"]
                    + report.kinds.map { "\($0.name): \($0.tally.description)" },
                intent: total.created + total.updated == 0 ? nil : .mergeBook(book, source: name))
        }
        let kind = kind ?? .accounts
        guard ImportKind.supported.contains(kind) else {
            throw ImportError.other("\(kind.rawValue) are not imported from CSV yet — \(ImportKind.supported.map(\.rawValue).joined(separator: " or "))")
        }
        let source = try ImportSource.read(path: path, encoding: nil, delimiter: nil)
        guard !source.rows.isEmpty else { throw ImportError.other("\(name): a header but no rows — nothing to import") }
        let mapping: ColumnMapping
        do {
            mapping = try ColumnMapping.make(header: source.header, kind: kind, overrides: [:]).get()
        } catch {
            throw ImportError.other("\(name): \(error)")
        }
        let parser = ImportRowParser(mapping: mapping, dateOrder: nil, rows: source.rows)
        // A metric sheet's shape (long, or a column per month of actuals) is read from its header.
        var sheet: MetricSheet?
        if kind == .metrics {
            switch MetricSheet.make(parser: parser, metric: nil, values: nil) {
            case .success(let made): sheet = made
            case .failure(let error): throw ImportError.other("\(name): \(error)")
            }
        }
        let plan = try planImport(kind, rows: source.rows, parser: parser, sheet: sheet, source: name)
        var details: [String] = []
        for (label, entries) in [("create", plan.created), ("update", plan.updated)] where !entries.isEmpty {
            for entry in entries.prefix(ImportProposal.sampleRows) {
                details.append("\(label) line \(entry.line): \(entry.subject)\(entry.fields.isEmpty ? "" : " (\(entry.fields.joined(separator: ", ")))")")
            }
            if entries.count > ImportProposal.sampleRows { details.append("… and \(entries.count - ImportProposal.sampleRows) more to \(label)") }
        }
        return ImportProposal(
            file: name, created: plan.created.count, updated: plan.updated.count, unchanged: plan.unchanged.count, details: details,
            problems: plan.problems.map(\.description), intent: plan.changes.isEmpty ? nil : .importRecords(plan.changes))
    }
}
