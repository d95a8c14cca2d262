import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// `rapport update`: a status update on one account for its stakeholders, recorded as sent.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "A stakeholder status update for one account: what moved, what is at risk and why, what is next, the asks.",
        discussion: """
            It covers the changes since --since, else since the last update of the same audience, else the last \
            \(UpdateCommand.defaultDays) days. --audience external (the default is internal) leaves out every internal note. \
            An update written with --output is recorded as sent, so the next one starts where it ended.
            """)

    static let defaultDays = UpdateStart.defaultDays

    @Option(name: .long, help: ArgumentHelp("The account.", valueName: "name"))
    var account: String

    @Option(name: .long, help: ArgumentHelp("Cover changes from this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: "internal or external.")
    var audience: UpdateAudience = .internal

    @Option(name: .long, help: "markdown, html or text.")
    var format: UpdateFormat = .markdown

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout (created 0600, replaced whole); recorded as sent.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite).", valueName: "path"))
    var store: String?

    @OptionGroup var todayOption: TodayOption

    func validate() throws {
        if let since, Day(iso: since) == nil { throw ValidationError("--since: '\(since)' is not a date; use YYYY-MM-DD, e.g. 2026-11-01") }
    }

    func run() throws {
        do {
            let today = try todayOption.resolvedToday()
            let session = try ReportSession.open(store: store, today: today, calendar: FiscalCalendar())
            defer { session.close() }
            let accountID = try session.accountID(named: account)
            let lastSent = try session.database.lastSentUpdate(accountID: accountID, audience: audience)
            let start = UpdateStart.resolve(since: since.flatMap(Day.init(iso:)), lastSent: lastSent, today: today, defaultDays: Self.defaultDays)
            let input = try session.database.stakeholderUpdateInput(accountID: accountID, since: start.time, lastSent: lastSent, today: today)
            let update = StakeholderUpdate.assemble(input, audience: audience, since: start.day, sinceReason: start.reason, today: today)
            try ReportOutput.write(format.render(update), to: output)
            if output != nil && output != "-" {
                let sent = SentUpdate(accountID: accountID, audience: audience, coveredSince: start.day, format: format.rawValue)
                _ = try session.database.apply(.recordSentUpdate(sent), at: Date())
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }
}

extension UpdateAudience: ExpressibleByArgument {}

enum UpdateFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, text

    func render(_ update: StakeholderUpdate) -> String {
        switch self {
        case .markdown: return update.markdown
        case .html: return update.html
        case .text: return update.text
        }
    }
}
