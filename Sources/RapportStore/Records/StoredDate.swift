/// A date column read in SQL the way `Day(iso:)` reads it in Swift.
///
/// Rapport writes `YYYY-MM-DD`, but another program may have stored "2026-1-5". Swift reads that
/// as no date; SQL compares it as text ("2026-1-5" < "2026-11-18") and `julianday` makes it NULL.
/// Every SQL that counts or scores by a date asks this first, so a count, a list and a record
/// view agree, and no NULL reaches a column that needs a number.
enum StoredDate {
    /// True for a stored value that is a date.
    static func isDate(_ column: String) -> String {
        "(\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND julianday(\(column)) IS NOT NULL)"
    }
}
