import GRDB
import RapportCore

/// An account found by its name for `:goto`.
public struct AccountNameMatch: Hashable, Sendable {
    public let id: Int64
    public let name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// Finds accounts by name as the sort folds it (`name_key`: case, accents and width folded), so
/// "muller" finds "Müller Präzision GmbH". Through the name index: a prefix is a range on it.
enum AccountNameLookup {
    /// The best match for `name`: the same name, else the first name that starts with it, else
    /// the first name that holds it anywhere (in name order each time).
    static func best(_ db: Database, name: String) throws -> AccountNameMatch? {
        let key = SummaryRow.nameKey(name.trimmingCharacters(in: .whitespaces))
        guard !key.isEmpty else { return nil }
        let select = "SELECT a.id, \(ShownText.expression("name", of: "a")) FROM account_summary s JOIN account a ON a.id = s.account_id"
        let attempts: [(String, StatementArguments)] = [
            ("\(select) WHERE s.name_key = ? ORDER BY s.name_key, s.account_id LIMIT 1", [key]),
            ("\(select) WHERE s.name_key >= ? AND s.name_key < ? ORDER BY s.name_key, s.account_id LIMIT 1", [key, key + upperBound]),
            // A scan of the names: a command run once, not a keystroke's work.
            ("\(select) WHERE instr(s.name_key, ?) > 0 ORDER BY s.name_key, s.account_id LIMIT 1", [key]),
        ]
        for (sql, arguments) in attempts {
            if let row = try Row.fetchOne(db, sql: sql, arguments: arguments) {
                return AccountNameMatch(id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1))
            }
        }
        return nil
    }

    /// Up to `limit` names that start with `prefix`, in name order: Tab's candidates.
    static func names(_ db: Database, prefix: String, limit: Int) throws -> [String] {
        let key = SummaryRow.nameKey(prefix)
        let sql = """
            SELECT \(ShownText.expression("name", of: "a")) FROM account_summary s JOIN account a ON a.id = s.account_id
            WHERE s.name_key >= ? AND s.name_key < ? ORDER BY s.name_key, s.account_id LIMIT ?
            """
        return try String.fetchAll(db, sql: sql, arguments: [key, key + upperBound, max(0, limit)])
    }

    /// Sorts after every character a name can hold, closing the prefix range.
    private static let upperBound = "\u{10FFFF}"
}

extension AppDatabase {
    public func account(named name: String) throws -> AccountNameMatch? {
        try read { db in try AccountNameLookup.best(db, name: name) }
    }

    public func accountNames(prefix: String, limit: Int) throws -> [String] {
        try read { db in try AccountNameLookup.names(db, prefix: prefix, limit: limit) }
    }
}
