import RapportCore
import RapportStore

/// `R` and `U`: a report or a stakeholder update read over the screen before it is written
/// (`w`). Its scroll is `AppState.overlayScroll`, as a read view's.
public struct DocumentPreview: Hashable, Sendable {
    public enum Subject: Hashable, Sendable {
        /// The period's report: the book's, or the account's whose detail is open.
        case report(period: Period, accountID: Int64?)
        /// The account's stakeholder update for one audience.
        case update(accountID: Int64, audience: UpdateAudience)
    }

    public var subject: Subject
    public var today: Day
    /// The rendered text; nil until the store answers.
    public var text: String?

    public init(_ subject: Subject, today: Day) {
        self.subject = subject
        self.today = today
        text = nil
    }

    public var query: StoreQuery {
        switch subject {
        case .report(let period, let accountID): return .reportText(period: period, accountID: accountID, today: today)
        case .update(let accountID, let audience): return .updateText(accountID: accountID, audience: audience, today: today)
        }
    }

    public var title: String {
        switch subject {
        case .report(let period, let accountID):
            return "\(accountID == nil ? "Book report" : "Account report") · \(ReportPeriodText.key(of: period))"
        case .update(_, let audience): return "Stakeholder update · \(audience == .internal ? "internal" : "external")"
        }
    }

    /// Where `w` offers to write it, in the working folder.
    public var defaultPath: String {
        switch subject {
        case .report(let period, _): return PromptCommand.defaultReportFile(for: period)
        case .update(_, let audience): return PromptCommand.defaultUpdateFile(audience: audience, today: today)
        }
    }

    /// The command line `w` opens, holding the default file for the user to change or accept.
    public var writeCommand: String {
        switch subject {
        case .report: return "report \(defaultPath)"
        case .update(_, let audience): return "update \(audience.rawValue) \(defaultPath)"
        }
    }
}

/// An update to write as Markdown and record as sent; `.updateWritten` follows.
public struct UpdateRequest: Hashable, Sendable {
    public let accountID: Int64
    public let audience: UpdateAudience
    public let today: Day
    public let path: String

    public init(accountID: Int64, audience: UpdateAudience, today: Day, path: String) {
        self.accountID = accountID
        self.audience = audience
        self.today = today
        self.path = path
    }
}
