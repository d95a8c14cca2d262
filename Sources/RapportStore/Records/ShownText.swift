import GRDB
import RapportCore

/// Text columns as Rapport reads them: each NUL replaced, in SQL, by `TextSafety.placeholder`.
///
/// Rapport never stores a NUL (form input drops it), but another program can. GRDB reads text
/// as a C string and binds it with no length, so such a value would reach the app cut at the
/// NUL, and the next save would store the cut. SQLite itself knows the whole value, so reads
/// hand over the text with the NUL shown, and the app never holds one; writes send only the
/// columns an edit changed (GRDB's `updateChanges`, and the undo log's `RowChange.apply`), so
/// the stored bytes of a field nobody edited stay as they are. Editing the field itself stores
/// what the form holds, with the placeholder as a plain character.
enum ShownText {
    /// SQLite's `replace` cannot do it (it takes a pattern starting with NUL for an empty one),
    /// and GRDB hands a function text cut at the NUL; as a BLOB the value arrives whole.
    static let functionName = "rapport_shown_text"

    /// Registered on every connection the store opens (see `AppDatabase.configuration`).
    static var function: DatabaseFunction {
        DatabaseFunction(functionName, argumentCount: 1, pure: true) { values in
            guard case .blob(let bytes) = values.first?.storage else { return values.first }
            var shown: [UInt8] = []
            shown.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                if byte == 0 { shown.append(contentsOf: String(TextSafety.placeholder).utf8) } else { shown.append(byte) }
            }
            return String(decoding: shown, as: UTF8.self)
        }
    }

    /// `column` (of `table`, when the query names it) with every NUL as the placeholder. Only
    /// a value holding a NUL goes through the function: `instr` finds none in the rest at the
    /// cost of a scan, and NULL stays NULL.
    static func expression(_ column: String, of table: String? = nil) -> String {
        let qualified = [table, column].compactMap { $0?.quotedDatabaseIdentifier }.joined(separator: ".")
        return "CASE WHEN instr(\(qualified), char(0)) > 0 THEN \(functionName)(CAST(\(qualified) AS BLOB)) ELSE \(qualified) END"
    }

    /// `expression` under the column's own name, for a SELECT list.
    static func column(_ column: String, of table: String? = nil) -> String {
        "\(expression(column, of: table)) AS \(column.quotedDatabaseIdentifier)"
    }

    /// A record's columns: its text columns shown, then every column. A row looks a name up
    /// from the left, so the record reads the shown value and never the raw one.
    static func selection(_ textColumns: [String]) -> [any SQLSelectable] {
        textColumns.map { SQL(sql: column($0)) } + [AllColumns()]
    }

    /// The same as SQL, for queries written out in full: `SELECT \(ShownText.selectionSQL(...)) FROM ...`.
    static func selectionSQL(_ textColumns: [String]) -> String {
        (textColumns.map { column($0) } + ["*"]).joined(separator: ", ")
    }
}

/// A table's record with the text columns a person types into, read through `ShownText`.
protocol ShownTextRecord: FetchableRecord, TableRecord {
    static var textColumns: [String] { get }
}

extension ShownTextRecord {
    static var databaseSelection: [any SQLSelectable] { ShownText.selection(textColumns) }

    /// The columns to SELECT in a query written out in full.
    static var selectionSQL: String { ShownText.selectionSQL(textColumns) }
}
