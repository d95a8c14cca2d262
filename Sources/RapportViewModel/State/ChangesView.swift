import RapportCore
import RapportStore

/// "What changed": every change to the book since a day, grouped by account, over the screen
/// (`w`, or `:changes [since]`). Enter goes to the entry's account.
public struct ChangesView: Hashable, Sendable {
    public var since: Day
    /// nil until the store answers.
    public var entries: [BookChange]?
    /// The entry under the cursor.
    public var cursor: Int

    /// How many of each account's changes, and in all, the view reads: the newest.
    public static let perAccount = 20
    public static let limit = 500

    public init(since: Day) {
        self.since = since
        entries = nil
        cursor = 0
    }

    public var query: StoreQuery { .changes(since: since, perAccount: Self.perAccount, limit: Self.limit) }

    public var selected: BookChange? {
        guard let entries, entries.indices.contains(cursor) else { return nil }
        return entries[cursor]
    }

    /// What `:changes` takes: nothing (a week ago), `7d`, `2w`, or a date as forms read dates.
    public static func sinceDay(_ text: String, today: Day) -> Result<Day, SinceError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.isEmpty { return .success(today.adding(days: -7)) }
        if let unit = trimmed.last, unit == "d" || unit == "w", let count = Int(trimmed.dropLast()), (0...3_650).contains(count) {
            return .success(today.adding(days: -count * (unit == "w" ? 7 : 1)))
        }
        switch DateInput.parse(text, today: today) {
        case .success(let day): return .success(day)
        case .failure: return .failure(SinceError(text: text))
        }
    }
}

/// A `:changes` argument that is neither a date nor a span.
public struct SinceError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public var description: String { "“\(text)” is not a date, nor a span such as 7d or 2w" }
}
