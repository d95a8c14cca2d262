import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportViewModel

/// `rapport report`: the monthly, quarterly or yearly report on the book or one account.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A report for a period: client base, revenue against target and last year, forecast, initiatives, attention, movers.",
        discussion: """
            --period takes a month (2026-11), a fiscal quarter (2026-Q3) or a fiscal year (FY2026). \
            A period still running is compared like for like. --format markdown (default), html (one self-contained file), \
            csv or json (docs/report-format.md). --output writes a file (0600) whole or not at all.
            """)

    @Option(name: .long, help: ArgumentHelp("2026-11, 2026-Q3 or FY2026.", valueName: "period"))
    var period: String

    @Option(name: .long, help: ArgumentHelp("Report on this account only.", valueName: "name"))
    var account: String?

    @Option(name: .long, help: "markdown, html, csv or json.")
    var format: ReportFormat = .markdown

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout (created 0600, replaced whole).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The month the fiscal year starts: 1–12 or a name like apr (also $RAPPORT_FISCAL_YEAR_START, then the config file).", valueName: "month"))
    var fiscalYearStart: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite).", valueName: "path"))
    var store: String?

    @OptionGroup var todayOption: TodayOption

    func run() throws {
        do {
            let today = try todayOption.resolvedToday()
            let configFile = ConfigFile.load(environment: processEnvironment)
            let firstMonth = try EffectiveSettings.fiscalYearStart(flag: fiscalYearStart, environment: processEnvironment, file: configFile)
            let calendar = FiscalCalendar(firstMonth: firstMonth.value)
            let reportPeriod = try ReportPeriodText.parse(period, calendar: calendar)
            let session = try ReportSession.open(store: store, today: today, calendar: calendar)
            defer { session.close() }
            let accountID = try account.map { try session.accountID(named: $0) }
            let input = try session.database.reportInput(period: reportPeriod, accountID: accountID, today: today)
            let report = Report.assemble(input, period: reportPeriod, today: today)
            try ReportOutput.write(try format.render(report), to: output)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, csv, json

    func render(_ report: Report) throws -> String {
        switch self {
        case .markdown: return report.markdown
        case .html: return report.html
        case .csv: return report.csv
        case .json: return try report.json()
        }
    }
}

/// An opened store for `report` and `update`, with the summaries brought to the day.
struct ReportSession {
    let database: AppDatabase

    static func open(store: String?, today: Day, calendar: FiscalCalendar) throws -> ReportSession {
        let path = StoreLocation.resolve(explicit: store, environment: processEnvironment)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("no store at \(path) — pass the store with --store")
        }
        // A report only reads: like the dashboard, it need not read the whole file first. A
        // write (a summary refresh, an update recorded as sent) still waits for the full check.
        let database = try AppDatabase.open(
            path: path, basis: SummaryBasis(today: today, calendar: calendar), options: OpenOptions(integrityCheck: .inBackground))
        // Health, lateness and stay-in-touch are read from the summaries: they must be today's.
        if try database.summariesNeedRefresh() { try database.refreshSummaries() }
        return ReportSession(database: database)
    }

    func close() { try? database.close() }

    /// The account `name` finds (as `:goto` does); an unknown one lists the closest names.
    func accountID(named name: String) throws -> Int64 {
        if let match = try database.account(named: name) { return match.id }
        let suggestions = try database.accountSuggestions(for: name)
        let hint = suggestions.isEmpty ? "" : " — did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
        throw CommandFailure("no account named \"\(name)\"\(hint)")
    }
}

/// Writes a rendered report or update: to stdout through the text policy, or to a file whole
/// or not at all (a temporary file beside it, 0600, renamed over the target).
enum ReportOutput {
    static func write(_ text: String, to path: String?) throws {
        let destination = try ExportDestination(path: path)
        do {
            let stream = destination.stream
            try stream.write(text)
            try stream.flush()
            try destination.commit()
        } catch {
            destination.abandon()
            throw error
        }
    }
}
