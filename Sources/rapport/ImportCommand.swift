import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// `rapport import FILE.csv --kind accounts|contacts`: reads and checks the whole file, works
/// out what it will create, update and leave, prints that, and writes all of it in one
/// transaction (or, with `--dry-run`, nothing). `rapport import FILE.json` (or `--kind book`)
/// restores or merges a book file (`BookImport`).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import accounts, contacts, interactions, initiatives, opportunities or monthly metrics from a CSV export (Salesforce, HubSpot, a spreadsheet), or a book file (JSON).",
        discussion: """
            Columns are recognised by their names ("Account Name", "Company name", "Annual Revenue", \
            "Renewal Date", "Email"...); the output says which it mapped and which it ignored. Records \
            are matched by Rapport id, else by name (accents and case ignored), else by email domain, \
            and updated rather than duplicated. Nothing is written when any row is invalid, unless \
            --skip-invalid is given. A metric sheet has one row per account and month (Account, Metric, \
            Month, Actual, Target), or one column per month (Account, 2026-01, 2026-02...; --metric names \
            its metric, --values says whether it holds actuals or targets). Import the accounts before \
            the records that name them.

            A .json file (or --kind book) is a book file written by `rapport export --format json`: \
            restored exactly into an empty store, or merged onto one that holds a book (records \
            matched by id when the file came from this book, else by name; one change, undone by u).
            """)

    @Argument(help: ArgumentHelp("The CSV file, or a book file (.json).", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("What the file holds: \(ImportKind.supported.map(\.rawValue).joined(separator: ", ")) or book (the default for .json).", valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Column names to fields, overriding recognition: 'Account Name=name,Renewal=renewal' ('Column=' leaves one out).", valueName: "map"))
    var map: String?

    @Flag(name: .long, help: "Print what would be created, updated and left unchanged; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Import the valid rows and list every row left out, instead of importing nothing.")
    var skipInvalid = false

    @Option(name: .long, help: ArgumentHelp("utf-8 (the default), windows-1252 or latin1.", valueName: "encoding"))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp("How to read an ambiguous date such as 03/04/2026: dmy, mdy or ymd.", valueName: "order"))
    var dateFormat: String?

    @Option(name: .long, help: ArgumentHelp("The field separator: comma, semicolon or tab (default: detected from the header line).", valueName: "delimiter"))
    var delimiter: String?

    @Option(name: .long, help: ArgumentHelp("A metric sheet's metric when it has no Metric column: revenue, nps, active-users...", valueName: "name"))
    var metric: String?

    @Option(name: .long, help: ArgumentHelp("Which figure a wide metric sheet (one column per month) holds: actual (the default) or target.", valueName: "figure"))
    var values: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite).", valueName: "path"))
    var store: String?

    @OptionGroup var todayOption: TodayOption

    /// Problems listed before "and N more".
    static let problemLimit = 20
    /// Rows of each kind a plan lists before "and N more".
    static let sampleRows = 5

    func run() throws {
        do {
            try importFile()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail(error)
        }
    }

    /// A book file: named `--kind book`, or a `.json` file with no kind given.
    private var isBookFile: Bool {
        kind.map { $0.lowercased() == "book" } ?? ((file as NSString).pathExtension.lowercased() == "json")
    }

    private func importFile() throws {
        if isBookFile {
            try BookImport(
                file: file, storePath: StoreLocation.resolve(explicit: store, environment: processEnvironment),
                today: try todayOption.resolvedToday(), dryRun: dryRun
            ).run()
            return
        }
        guard let given = self.kind else {
            throw ValidationError("--kind is needed for a CSV file: \(ImportKind.supported.map(\.rawValue).joined(separator: ", ")) (or book for a book file)")
        }
        guard let kind = ImportKind(rawValue: given.lowercased()), ImportKind.supported.contains(kind) else {
            throw ValidationError("--kind: '\(given)' — use \(ImportKind.supported.map(\.rawValue).joined(separator: ", ")), or book")
        }
        let chosenEncoding = try encoding.map { name in
            guard let value = TextEncoding(argument: name) else { throw ValidationError("--encoding: '\(name)' — use utf-8, windows-1252 or latin1") }
            return value
        }
        let order = try dateFormat.map { name in
            guard let value = DateOrder(rawValue: name.lowercased()) else { throw ValidationError("--date-format: '\(name)' — use dmy, mdy or ymd") }
            return value
        }
        let chosenDelimiter = try delimiter.map { name in
            guard let value = CSVDelimiter(argument: name) else { throw ValidationError("--delimiter: '\(name)' — use comma, semicolon or tab") }
            return value
        }
        let sheetValues = try values.map { name in
            guard let value = MetricSheetValues(rawValue: name.lowercased()) else { throw ValidationError("--values: '\(name)' — use actual or target") }
            return value
        }
        if kind != .metrics && (metric != nil || sheetValues != nil) {
            throw ValidationError("--metric and --values are for --kind metrics")
        }
        let overrides = try ColumnMapping.parseOverrides(map).get()
        let name = (file as NSString).lastPathComponent

        let source = try ImportSource.read(path: file, encoding: chosenEncoding, delimiter: chosenDelimiter)
        if let note = source.encodingNote { warn(note) }
        guard !source.rows.isEmpty else { throw CommandFailure("\(name): a header but no rows — nothing to import") }
        let mapping: ColumnMapping
        do {
            mapping = try ColumnMapping.make(header: source.header, kind: kind, overrides: overrides).get()
        } catch {
            throw CommandFailure("\(name): \(error)")
        }
        say("\(name): \(source.rows.count) row\(source.rows.count == 1 ? "" : "s") of \(kind.rawValue)\(source.encoding == .utf8 ? "" : ", read as \(source.encoding.label)")")
        say("mapped: \(mapping.mappedDescription)")
        for ignored in mapping.ignored { say("ignored: \(ignored.column) — \(ignored.reason)") }

        let parser = ImportRowParser(mapping: mapping, dateOrder: order, rows: source.rows)
        let today = try todayOption.resolvedToday()
        let database = try AppDatabase.open(path: StoreLocation.resolve(explicit: store, environment: processEnvironment), basis: SummaryBasis(today: today))
        let plan: ImportPlan
        do {
            plan = try Self.plan(kind, rows: source.rows, parser: parser, metric: metric, values: sheetValues, in: database, source: name)
        } catch {
            try database.close()
            throw error
        }
        printPlan(plan, file: name)
        if !plan.problems.isEmpty && !skipInvalid {
            try database.close()
            throw CommandFailure("\(name): \(Set(plan.problems.map(\.line)).count) invalid row(s); nothing was imported — fix them, or pass --skip-invalid to import the rest")
        }
        if dryRun {
            try database.close()
            say("dry run: nothing was written")
            return
        }
        let outcome = try database.apply(.importRecords(plan.changes), at: Date())
        try database.close()
        switch outcome {
        case .saved: say("imported: \(plan.counts)")
        case .unchanged: say("nothing to write: \(plan.counts)")
        case .conflict, .historyOvertaken: throw CommandFailure("\(name): the store changed while importing; nothing was imported — run it again")
        }
    }

    /// Settles a metric sheet's shape (and says which months it read), then plans the rows.
    static func plan(
        _ kind: ImportKind, rows: [CSVRow], parser: ImportRowParser, metric: String?, values: MetricSheetValues?, in database: AppDatabase, source name: String
    ) throws -> ImportPlan {
        var sheet: MetricSheet?
        if kind == .metrics {
            do {
                sheet = try MetricSheet.make(parser: parser, metric: metric, values: values).get()
            } catch {
                throw CommandFailure("\(name): \(error)")
            }
            if case .wide(let months, let figure) = sheet?.shape, let first = months.first, let last = months.last {
                say("months: \(months.count) columns, \(first.month.iso) to \(last.month.iso), read as \(figure.rawValue)s of \(sheet?.metric ?? "the Metric column's metric")")
            }
        }
        return try database.planImport(kind, rows: rows, parser: parser, sheet: sheet, source: name)
    }

    private func printPlan(_ plan: ImportPlan, file: String) {
        say("plan: \(plan.counts)")
        for (label, entries) in [("create", plan.created), ("update", plan.updated)] where !entries.isEmpty {
            for entry in entries.prefix(Self.sampleRows) {
                say("  \(label) line \(entry.line): \(entry.subject)\(entry.fields.isEmpty ? "" : " (\(entry.fields.joined(separator: ", ")))")")
            }
            if entries.count > Self.sampleRows { say("  … and \(entries.count - Self.sampleRows) more to \(label)") }
        }
        guard !plan.problems.isEmpty else { return }
        let lead = skipInvalid ? "skipped" : "invalid"
        for problem in plan.problems.prefix(skipInvalid ? plan.problems.count : Self.problemLimit) { warn("\(file): \(lead): \(problem)") }
        if !skipInvalid && plan.problems.count > Self.problemLimit { warn("\(file): and \(plan.problems.count - Self.problemLimit) more problems") }
    }
}
