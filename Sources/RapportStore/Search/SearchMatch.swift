import RapportCore

/// A search as an FTS5 query: every word must begin some word of the account's text.
enum SearchMatch {
    /// `"nor"* AND "ana"*`. Words hold only letters and digits, but quotes are doubled anyway so
    /// no search can change the query's shape.
    static func expression(_ query: SearchQuery) -> String {
        query.words.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }.joined(separator: " AND ")
    }
}
