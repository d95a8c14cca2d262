import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportViewModel

/// `rapport agenda`: the dashboard's agenda for scripts — a morning message, a cron job.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Print the agenda: what needs you today across every account, most urgent first, and why.",
        discussion: """
            One line per item: score, kind, account, what and why, and the date it is or was due. Snoozed items \
            and items marked done are left out. The score's coefficients come from [agenda] in the config file. \
            --format json prints the same items with each score's terms.
            """)

    @Option(name: .long, help: "text or json.")
    var format: AgendaFormat = .text

    @Option(name: .long, help: "At most this many items.")
    var limit = 50

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite).", valueName: "path"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("The month the fiscal year starts (also $RAPPORT_FISCAL_YEAR_START, then the config file).", valueName: "month"))
    var fiscalYearStart: String?

    @OptionGroup var todayOption: TodayOption

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        do {
            let today = try todayOption.resolvedToday()
            let configFile = ConfigFile.load(environment: processEnvironment)
            for problem in configFile.problems { warn(problem.description) }
            let firstMonth = try EffectiveSettings.fiscalYearStart(flag: fiscalYearStart, environment: processEnvironment, file: configFile)
            let path = StoreLocation.resolve(explicit: store, environment: processEnvironment)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure("no store at \(path) — pass the store with --store")
            }
            // The full integrity check (seconds on a big store) runs only when the summaries must
            // be written for today; a read alone is answered from the store as it is.
            let basis = SummaryBasis(today: today, calendar: FiscalCalendar(firstMonth: firstMonth.value), agenda: configFile.config.agenda)
            let database = try AppDatabase.open(path: path, basis: basis, options: OpenOptions(integrityCheck: .inBackground))
            defer { try? database.close() }
            if try database.summariesNeedRefresh() {
                if let problem = database.completeIntegrityCheck() { throw CommandFailure("\(path) is damaged: \(problem)") }
                try database.refreshSummaries()
            }
            let items = try database.agenda(limit: limit, coefficients: configFile.config.agenda)
            switch format {
            case .text:
                for ranked in items { say(Self.line(ranked)) }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                say(String(decoding: try encoder.encode(items.map(AgendaJSON.init)), as: UTF8.self))
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail(error)
        }
    }

    static func line(_ ranked: RankedAgendaItem) -> String {
        let item = ranked.item
        let score = String(format: "%5.1f", ranked.score.total)
        return "\(score)  \(item.kind.symbol) \(item.kind.rawValue)  \(item.accountName)  \(item.reason)" + (item.due.map { "  \($0.iso)" } ?? "")
    }
}

enum AgendaFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// One item as `rapport agenda --format json` prints it: every key always there (null when
/// there is nothing), the score with its terms.
struct AgendaJSON: Encodable {
    let key: String
    let kind: String
    let accountId: Int64
    let account: String
    let initiativeId: Int64?
    let contactId: Int64?
    let reason: String
    let due: String?
    let daysOverdue: Int
    let score: Double
    let terms: [Term]

    struct Term: Encodable {
        let coefficient: String
        let weight: Double
        let factor: Double
        let value: Double
        let because: String
    }

    init(_ ranked: RankedAgendaItem) {
        let item = ranked.item
        key = item.key
        kind = item.kind.rawValue
        accountId = item.accountID
        account = item.accountName
        initiativeId = item.initiativeID
        if case .contact(let id, _) = item.record { contactId = id } else { contactId = nil }
        reason = item.reason
        due = item.due?.iso
        daysOverdue = item.daysOverdue
        score = Self.rounded(ranked.score.total)
        terms = ranked.score.terms.map {
            Term(coefficient: $0.coefficient.rawValue, weight: $0.weight, factor: Self.rounded($0.factor), value: Self.rounded($0.value), because: $0.because)
        }
    }

    /// Three decimals: enough to add the terms up by hand, without 0.30000000000000004.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    enum CodingKeys: String, CodingKey {
        case key, kind, accountId = "account_id", account, initiativeId = "initiative_id", contactId = "contact_id", reason, due
        case daysOverdue = "days_overdue", score, terms
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(kind, forKey: .kind)
        try container.encode(accountId, forKey: .accountId)
        try container.encode(account, forKey: .account)
        try container.encode(initiativeId, forKey: .initiativeId)
        try container.encode(contactId, forKey: .contactId)
        try container.encode(reason, forKey: .reason)
        try container.encode(due, forKey: .due)
        try container.encode(daysOverdue, forKey: .daysOverdue)
        try container.encode(score, forKey: .score)
        try container.encode(terms, forKey: .terms)
    }
}
