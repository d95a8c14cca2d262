import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// `rapport check`: lints the book — one line per problem, exit 1 when there is any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find what is missing or stale in the book; exit 1 when anything is.",
        discussion: """
            Finds accounts with no main point of contact, or no sponsor or decision maker; open initiatives without an \
            owner, a due date or an objective; lapsed renewals; and stale data (no interaction for \
            \(BookProblem.staleInteractionDays) days, no metric figure for \(BookProblem.staleMetricMonths) months). \
            One line per problem; --format json prints the same as data. Exits 0 when the book is clean, 1 when not.
            """)

    @Option(name: .long, help: "text or json.")
    var format: AgendaFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite).", valueName: "path"))
    var store: String?

    @OptionGroup var todayOption: TodayOption

    func run() throws {
        let problems: [BookProblem]
        do {
            let today = try todayOption.resolvedToday()
            let path = StoreLocation.resolve(explicit: store, environment: processEnvironment)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure("no store at \(path) — pass the store with --store")
            }
            let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: today), options: OpenOptions(integrityCheck: .inBackground))
            defer { try? database.close() }
            problems = try database.bookProblems(today: today)
            switch format {
            case .text:
                for problem in problems { say(problem.line) }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                say(String(decoding: try encoder.encode(problems.map(ProblemJSON.init)), as: UTF8.self))
            }
        } catch {
            throw fail(error)
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

/// One problem as `rapport check --format json` prints it; every key always there.
struct ProblemJSON: Encodable {
    let problem: BookProblem

    init(_ problem: BookProblem) { self.problem = problem }

    enum CodingKeys: String, CodingKey {
        case kind, accountID = "account_id", account, initiativeID = "initiative_id", initiative, detail
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(problem.kind.rawValue, forKey: .kind)
        try container.encode(problem.accountID, forKey: .accountID)
        try container.encode(problem.accountName, forKey: .account)
        try container.encode(problem.initiativeID, forKey: .initiativeID)
        try container.encode(problem.initiativeTitle, forKey: .initiative)
        try container.encode(problem.detail, forKey: .detail)
    }
}
